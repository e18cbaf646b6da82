import type { Change, DiffOp } from '../report.js';
import { CONTEXT_STOP, FIGURE } from './number-rules.js';

/** A figure as quoted in a summary: the figure with a little of the clause around it. */
export interface QuotedFigure {
  /** The figure as written, e.g. `126万亿元`. */
  figure: string;
  value: string;
  unit: string;
  /** Text just before the figure, up to the clause start or a few characters. */
  before: string;
  /** Text just after, up to the clause end or a few characters. */
  after: string;
  /** True when `before` / `after` were cut short (render an ellipsis there). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** One figure that a reworded clause replaced by another: `超过126万亿元 → 达到134.9万亿元`. */
export interface NumberChange {
  section: string[];
  old: QuotedFigure;
  new: QuotedFigure;
}

interface Found {
  start: number;
  end: number;
  value: string;
  unit: string;
}

/** How many characters of context to quote on each side of a figure. */
const CONTEXT_BEFORE = 8;
const CONTEXT_AFTER = 4;

/**
 * Figures that a modified pair's word diff deletes on the old side and
 * inserts on the new side, paired in reading order (same unit first).
 * Unchanged figures, and figures only added or only removed, are left out.
 */
export function numberChanges(change: Change): NumberChange[] {
  if (!change.diff || !change.old || !change.new) return [];
  const oldSide = sideOf(change.diff, 'delete');
  const newSide = sideOf(change.diff, 'insert');
  const olds = changedFigures(oldSide.text, oldSide.changed);
  const news = changedFigures(newSide.text, newSide.changed);
  const out: NumberChange[] = [];
  for (const [a, b] of pairFigures(olds, news)) {
    if (a.value === b.value && a.unit === b.unit) continue;
    out.push({ section: change.new.section, old: quote(oldSide.text, a), new: quote(newSide.text, b) });
  }
  return out;
}

/**
 * One side's text rebuilt from the diff, with the ranges the diff changed on
 * it. A change made only on the other side leaves an empty range where it
 * happened: `增长5[-.2-]%` changes the new side's `5%` at the point after `5`.
 */
function sideOf(ops: DiffOp[], changedOp: 'delete' | 'insert'): { text: string; changed: Array<[number, number]> } {
  let text = '';
  const changed: Array<[number, number]> = [];
  for (const op of ops) {
    if (op.op === 'equal') text += op.text;
    else if (op.op === changedOp) {
      changed.push([text.length, text.length + op.text.length]);
      text += op.text;
    } else changed.push([text.length, text.length]);
  }
  return { text, changed };
}

/** A range overlaps a figure; an empty range (a point) only when strictly inside it. */
const touches = ([s, e]: [number, number], start: number, end: number) =>
  s === e ? start < s && s < end : s < end && start < e;

function changedFigures(text: string, changed: Array<[number, number]>): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (changed.some((r) => touches(r, start, end))) {
      out.push({ start, end, value: m.groups!.value, unit: m.groups!.unit });
    }
  }
  return out;
}

/**
 * Pairs old and new figures keeping reading order: each old figure takes the
 * next unused new figure with the same unit; leftovers are zipped only when
 * both sides have the same number of them and measure the same thing (else
 * pairing is a guess: 2025 rewrote `赤字率拟按3%安排` as `比上年增加1.6万亿元`).
 */
function pairFigures(olds: Found[], news: Found[]): Array<[Found, Found]> {
  const pairs: Array<[Found, Found]> = [];
  const used = new Set<number>();
  const leftOld: Found[] = [];
  let from = 0;
  for (const a of olds) {
    const j = news.findIndex((b, k) => k >= from && !used.has(k) && b.unit === a.unit);
    if (j < 0) {
      leftOld.push(a);
      continue;
    }
    used.add(j);
    from = j + 1;
    pairs.push([a, news[j]]);
  }
  const leftNew = news.filter((_, k) => !used.has(k));
  if (leftOld.length === leftNew.length) {
    leftOld.forEach((a, i) => {
      if (sameMeasure(a.unit, leftNew[i].unit)) pairs.push([a, leftNew[i]]);
    });
  }
  return pairs.sort((p, q) => p[1].start - q[1].start);
}

/** Units measure the same thing when they end alike: `亿元`/`万亿元`, `万人`/`亿人`; `%` only with `%`. */
function sameMeasure(a: string, b: string): boolean {
  return a.slice(-1).replace('％', '%') === b.slice(-1).replace('％', '%');
}

function quote(text: string, f: Found): QuotedFigure {
  let s = f.start;
  while (s > 0 && f.start - s < CONTEXT_BEFORE && !CONTEXT_STOP.test(text[s - 1])) s--;
  let e = f.end;
  while (e < text.length && e - f.end < CONTEXT_AFTER && !CONTEXT_STOP.test(text[e])) e++;
  return {
    figure: text.slice(f.start, f.end),
    value: f.value,
    unit: f.unit,
    before: text.slice(s, f.start),
    after: text.slice(f.end, e),
    cutBefore: s > 0 && !CONTEXT_STOP.test(text[s - 1]),
    cutAfter: e < text.length && !CONTEXT_STOP.test(text[e]),
  };
}
