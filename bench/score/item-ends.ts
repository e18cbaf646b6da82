/**
 * Where the last item of a run ends (`（八）…`, `六是…`), which no marker
 * says: the cases blind readers judged (bench/audits/item-ends.*), and the
 * engine's answer for each, read from the structure stage as it is now.
 *
 * A case is the last item of a run of two or more items of one style (a run
 * of `一、` items is the report's parts, left out) whose text, up to the next
 * heading outside it, holds more paragraphs than any earlier item of the
 * run: where a report may have run on into its parent's text. The readers
 * saw those paragraphs, numbered from the item's heading, and named the first
 * that no longer belongs to the item, or none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report, Section } from '../../src/report.js';
import { ADDRESS_ONLY } from '../../src/structure/rules.js';

/** At most this many paragraphs are shown of a case; `more` says the item's text went on. */
export const MAX_SHOWN = 20;
/** Each shown paragraph's first characters: what it is about (the reader has the report for the rest). */
const SHOWN_CHARS = 160;
const shownText = (p: string) => (p.length > SHOWN_CHARS ? `${p.slice(0, SHOWN_CHARS)}…` : p);

export interface ItemEndCase {
  id: string;
  /** Path of the report under the project root. */
  report: string;
  /** The heading path of the run's parent. */
  parent: string;
  /** The run's earlier items, marker and heading, in order. */
  earlier: string[];
  /** The last item's marker and heading, as the outline has them. */
  last: string;
  /** 'shi' for a run of `一是…`, 'headed' for the others (`（一）`, `第一，`, `1.`). */
  style: 'shi' | 'headed';
  /** The paragraphs shown, the item's heading paragraph first, each cut to its first `SHOWN_CHARS` characters. */
  paragraphs: string[];
  more: boolean;
}

export interface ItemEndVerdict {
  id: string;
  /** 1-based number of the first shown paragraph that no longer belongs to the item; null when all of them do. */
  firstNotInItem: number | null;
  confidence: 'sure' | 'unsure';
  note: string;
}

const paragraphsIn = (r: Report, start: number, end: number) =>
  r.text
    .slice(start, end)
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

/** Markers of one style as the outline writes them: `（一）` and `（1）` differ, as `1.` and `一、` do. */
const styleKey = (marker: string) => (/^[（(]\d/u.test(marker) ? 'aparen' : /^[（(]/u.test(marker) ? 'paren' : /^第/u.test(marker) ? 'di' : /是$/u.test(marker) ? 'shi' : /^\d/u.test(marker) ? 'arabic' : 'dun');
/** `一、` items are the report's parts; `一是` runs are scored apart from the headed items. */
function kindOf(marker: string): ItemEndCase['style'] | 'parts' {
  const key = styleKey(marker);
  return key === 'shi' ? 'shi' : key === 'dun' ? 'parts' : 'headed';
}

function isWithin(sections: readonly Section[], id: number, ancestor: number): boolean {
  for (let a: number | null = id; a !== null; a = sections[a].parentId) if (a === ancestor) return true;
  return false;
}

/** Where the text a reader was shown for `last` ends: the next heading outside it, or its parent's end. */
function shownEnd(r: Report, last: Section): number {
  const parent = r.sections[last.parentId!];
  for (const s of r.sections) if (s.start > last.start && s.start < parent.end && s.heading !== null && !isWithin(r.sections, s.id, last.id)) return s.start;
  return parent.end;
}

/** The cases of one report, in reading order (ids are given by the caller). */
export function itemEndCases(r: Report, report: string): Array<Omit<ItemEndCase, 'id'>> {
  const out: Array<Omit<ItemEndCase, 'id'>> = [];
  const byParent = new Map<number, Section[]>();
  for (const s of r.sections) {
    if (s.parentId === null || s.marker === null) continue;
    const list = byParent.get(s.parentId);
    if (list) list.push(s);
    else byParent.set(s.parentId, [s]);
  }
  for (const [parentId, items] of byParent) {
    const last = items[items.length - 1];
    const style = kindOf(last.marker!);
    if (style === 'parts' || (style === 'headed' && parentId === 0)) continue;
    const run: Section[] = [];
    for (const s of items) {
      if (run.length && styleKey(run[0].marker!) !== styleKey(s.marker!)) run.length = 0;
      run.push(s);
    }
    if (run.length < 2) continue;
    const all = paragraphsIn(r, last.start, shownEnd(r, last));
    const longest = Math.max(...run.slice(0, -1).map((s) => paragraphsIn(r, s.start, s.end).length));
    if (all.length <= longest) continue;
    out.push({
      report,
      parent: r.sections[parentId].path.join(' › '),
      earlier: run.slice(0, -1).map((s) => `${s.marker}${s.heading}`),
      last: `${last.marker}${last.heading}`,
      style,
      paragraphs: all.slice(0, MAX_SHOWN).map(shownText),
      more: all.length > MAX_SHOWN,
    });
  }
  return out;
}

/**
 * The engine's answer for a case: the first shown paragraph its last item no
 * longer holds (1-based), or null when it holds them all. Undefined when the
 * item is not found as it was shown.
 */
export function engineEnd(r: Report, c: ItemEndCase): number | null | undefined {
  const item = r.sections.find((s) => s.marker !== null && `${s.marker}${s.heading}` === c.last && shownText(paragraphsIn(r, s.start, s.end)[0] ?? '') === c.paragraphs[0]);
  if (!item) return undefined;
  const held = paragraphsIn(r, item.start, item.end).length;
  return held < c.paragraphs.length ? held + 1 : null;
}

export interface ItemEndTally {
  cases: number;
  /** The engine ends the item where the reader does (both at the same paragraph, or both after every shown one). */
  same: number;
  /** The engine keeps paragraphs in the item that the reader put after it. */
  keepsMore: number;
  /** The engine puts paragraphs after the item that the reader kept in it. */
  keepsLess: number;
  /** Paragraphs filed on the other side of the item's end than the reader put them, in all. */
  misfiled: number;
  notFound: number;
}

/** Engine against readers, by the run's style; `report` gives the engine's Report of a case's report path. */
export function tallyItemEnds(cases: ItemEndCase[], verdicts: ItemEndVerdict[], report: (path: string) => Report): Record<'shi' | 'headed', ItemEndTally> {
  const zero = (): ItemEndTally => ({ cases: 0, same: 0, keepsMore: 0, keepsLess: 0, misfiled: 0, notFound: 0 });
  const out = { shi: zero(), headed: zero() };
  const byId = new Map(verdicts.map((v) => [v.id, v]));
  for (const c of cases) {
    const v = byId.get(c.id);
    if (!v) continue;
    const t = out[c.style];
    t.cases++;
    const e = engineEnd(report(c.report), c);
    if (e === undefined) {
      t.notFound++;
      continue;
    }
    // How many paragraphs that say something the item keeps: a bare `各位代表！` between the item and what
    // follows may go to either side. "All shown paragraphs belong" keeps them all.
    const at = (n: number | null) => c.paragraphs.slice(0, (n ?? c.paragraphs.length + 1) - 1).filter((p) => !ADDRESS_ONLY.test(p)).length;
    const diff = at(e) - at(v.firstNotInItem);
    if (diff === 0) t.same++;
    else if (diff > 0) t.keepsMore++;
    else t.keepsLess++;
    t.misfiled += Math.abs(diff);
  }
  return out;
}

export function loadItemEnds(root: string): { cases: ItemEndCase[]; verdicts: ItemEndVerdict[] } {
  const read = (f: string) => JSON.parse(readFileSync(join(root, 'bench', 'audits', f), 'utf8'));
  return { cases: read('item-ends.cases.json'), verdicts: read('item-ends.judged.json') };
}
