import { displayWidth, localWidths } from './layout.js';
import {
  ASCII_LETTER_END,
  ASCII_LETTER_START,
  BARE_MARKER,
  HARD_WRAP,
  HEADING_START,
  MAX_HEADING_CHARS,
  OPEN_END,
  PART_TITLE_LINE,
  SALUTATION,
  SENTENCE_END_INSIDE,
  SECTION_HEADING_START,
  TERMINAL_END,
} from './rules.js';

/** Paragraphs rebuilt from physical lines, and how many line breaks were removed. */
export interface Joined {
  paragraphs: string[];
  joins: number;
}

/**
 * Concatenates lines from..to into one paragraph; only two Latin words get a
 * space between them. The test looks at the last line's last character, not
 * the paragraph's: reading the end of a string built by `+` flattens it, so a
 * paragraph of 20,000 lines took seconds.
 */
function joinLines(lines: string[], from: number, to: number): string {
  const parts = [lines[from]];
  let tail = lines[from].slice(-1);
  for (let i = from + 1; i <= to; i++) {
    if (ASCII_LETTER_END.test(tail) && ASCII_LETTER_START.test(lines[i])) parts.push(' ');
    parts.push(lines[i]);
    if (lines[i]) tail = lines[i].slice(-1);
  }
  return parts.join('');
}

function collect(lines: string[], groups: Array<[number, number]>): Joined {
  let joins = 0;
  const paragraphs = groups.map(([from, to]) => {
    joins += to - from;
    return joinLines(lines, from, to);
  });
  return { paragraphs, joins };
}

/** Longest a wrapped section heading runs (acftu-2023 `（二）围绕推动…` takes three lines). */
const MAX_HEADING_LINES = 4;

/**
 * Rebuilds paragraphs from hard-wrapped lines (blank lines already dropped).
 * A paragraph ends after a line that ends a sentence and is clearly short, or
 * is followed by an indented line or an outline marker (`一是`, `（三）`).
 * A section heading (`二、2023年工会工作总体要求` / `和主要任务`) runs on until
 * it ends with punctuation or with a stub line.
 */
export function joinHardWrapped(lines: string[]): Joined {
  const w = lines.map(displayWidth);
  const typical = localWidths(w);
  const isShort = (i: number) => w[i] <= typical[i] - HARD_WRAP.shortBy;
  const isIndented = (i: number) =>
    w[i] <= typical[i] - HARD_WRAP.indentBy && w[i] >= typical[i] - HARD_WRAP.indentMaxBy;
  const series = inlineSeries(lines);
  // A part title with no marker stands alone (`2024年工作回顾`): short, with no sentence end to break at,
  // after a sentence that may have filled its last line.
  const isTitle = (k: number) => k < lines.length && isShort(k) && PART_TITLE_LINE.test(lines[k]);
  /** Whether the paragraph of lines start..i ends after line i. */
  const breakAfter = (start: number, i: number): boolean => {
    const ends = TERMINAL_END.test(lines[i]);
    if ((start === i && isTitle(i)) || (ends && isTitle(i + 1))) return true;
    if (HEADING_START.test(lines[i + 1]) && (ends || isShort(i))) {
      return isShort(i) || isIndented(i + 1) || !series.continues(start, i, lines[i + 1]);
    }
    return ends && (isShort(i) || isIndented(i + 1));
  };
  // Where a wrapped section heading ends. `found` is false for a run-in
  // heading (`（二）因地制宜发展新质生产力，` / `加快建设现代化产业体系。推动科…`),
  // whose paragraph then runs on as body text.
  const headingEnd = (start: number): { end: number; found: boolean } => {
    let cur = start;
    while (cur + 1 < lines.length && cur - start < MAX_HEADING_LINES) {
      const next = cur + 1;
      if (HEADING_START.test(lines[next])) return { end: cur, found: true };
      const stub = w[next] <= typical[next] / 2;
      // A heading line that stops well short of the width is complete, unless
      // only a stub follows (`二、2023年工会工作总体要求` / `和主要任务`); a
      // full sentence after it (`三、2025年政府工作任务` / `今年…十分繁重。`) is body.
      if (w[cur] < typical[cur] - HARD_WRAP.indentBy) {
        return { end: stub && !TERMINAL_END.test(lines[next]) ? next : cur, found: true };
      }
      if (SENTENCE_END_INSIDE.test(lines[next].slice(0, -1))) return { end: next, found: false };
      if (TERMINAL_END.test(lines[next]) || stub) return { end: next, found: true };
      cur = next;
    }
    return { end: cur, found: false };
  };

  const groups: Array<[number, number]> = [];
  let i = 0;
  while (i < lines.length) {
    let end = i;
    let body = true;
    if (SECTION_HEADING_START.test(lines[i]) && !TERMINAL_END.test(lines[i])) {
      const h = headingEnd(i);
      end = h.end;
      body = !h.found;
    }
    if (body) while (end + 1 < lines.length && !breakAfter(i, end)) end++;
    groups.push([i, end]);
    i = end + 1;
  }
  return collect(lines, groups);
}

const COUNT = '一二三四五六七八九十';

/**
 * Tells whether `next` goes on with a `一是…二是…` series that runs inline in
 * the paragraph of lines start..end: `三是` after a paragraph holding `二是`
 * past its start. Such a marker lands at the start of a line whenever the
 * wrap falls just after the previous item's `。` (gov 2016
 * `…扩大水利建设基金等免征范围。` / `三是将18项…`); reports that give each
 * item its own paragraph (acftu-2023) start the previous item on a paragraph
 * of its own, or end it on a short line.
 *
 * The markers a paragraph holds are collected as its lines are added, since
 * the paragraph is asked about again after each line it grows by: joining
 * it anew each time was quadratic (20,000 `三是…。` lines after a `二是` took
 * seconds).
 */
function inlineSeries(lines: string[]) {
  let from = -1;
  let upTo = -1;
  let held = new Set<string>();
  return {
    continues(start: number, end: number, next: string): boolean {
      const m = /^([二三四五六七八九十])是/.exec(next);
      if (!m) return false;
      if (start !== from || end < upTo) {
        from = start;
        upTo = start - 1;
        held = new Set();
      }
      // The text seen so far, one character of the line before kept, so a marker cut by the wrap is found.
      for (; upTo < end; upTo++) {
        const k = upTo + 1;
        const text = (k > start ? lines[k - 1].slice(-1) : '') + lines[k];
        for (const found of text.matchAll(MARKER)) if (k > start || found.index! > 0) held.add(found[0]);
      }
      return held.has(`${COUNT[COUNT.indexOf(m[1]) - 1]}是`);
    },
  };
}
const MARKER = /[一二三四五六七八九十]是/g;

/**
 * Joins lines inside blank-line-separated blocks (wikisource) or of a
 * one-segment-per-line text (2020 TMX). A line is continued by the next unless
 * it ends a sentence, is a heading, or the next opens a heading or salutation;
 * wikilink fragments (`要认真贯彻《` / `中华人民共和国公司法` / `》`) and
 * segments cut at a comma (`广大医务人员英勇奋战，`) are joined back.
 */
export function joinBlocks(blocks: string[][]): Joined {
  const flat: string[] = [];
  const groups: Array<[number, number]> = [];
  for (const block of blocks) {
    const base = flat.length;
    for (const line of block) flat.push(line);
    let start = 0;
    for (let i = 0; i < block.length; i++) {
      const last = i === block.length - 1;
      if (last || !continues(block[i], block[i + 1])) {
        groups.push([base + start, base + i]);
        start = i + 1;
      }
    }
  }
  return collect(flat, groups);
}

function continues(line: string, next: string): boolean {
  if (OPEN_END.test(line) || BARE_MARKER.test(line)) return true;
  if (TERMINAL_END.test(line) || PART_TITLE_LINE.test(line)) return false;
  if (HEADING_START.test(line) && line.length <= MAX_HEADING_CHARS && !SENTENCE_END_INSIDE.test(line)) return false;
  return !HEADING_START.test(next) && !SALUTATION.test(next) && !PART_TITLE_LINE.test(next);
}
