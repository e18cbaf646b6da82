import type { Change, DiffOp } from '../report.js';
import { displayWidth, padEnd, wrapSpans, type Span } from './text-width.js';
import { closestNote, framingNote, novelNote, repeatNote, WEAK_NOTE } from '../render/change-place.js';
import { closestUnit, type UnitsById } from '../report.js';

/** How a run of text is drawn; views map these to colours. */
export type Style = 'plain' | 'eq' | 'ins' | 'del' | 'dim' | 'tag' | 'hit';
export type Line = Span<Style>[];

/**
 * Markers that carry the diff when colour is off (NO_COLOR, a pasted
 * screenshot): `[-删-]` for deleted words, `{+增+}` for inserted ones, as in
 * `git diff --word-diff=plain`.
 */
export const MARK = { delOpen: '[-', delClose: '-]', insOpen: '{+', insClose: '+}' } as const;

/** Short tag shown in front of a change, readable without colour. */
export function tagOf(c: Change): string {
  if (c.repeats) return 'AGAIN';
  const base = { new: 'NEW', dropped: 'DROP', modified: 'MOD', carried: 'SAME' }[c.kind];
  return c.moved ? (c.kind === 'carried' ? 'MOVE' : `${base}>`) : base;
}
const TAG_WIDTH = 6;

function opSpans(ops: DiffOp[], side: 'both' | 'old' | 'new'): Span<Style>[] {
  const out: Span<Style>[] = [];
  for (const op of ops) {
    if (op.op === 'equal') out.push({ text: op.text, style: 'eq' });
    else if (op.op === 'delete' && side !== 'new') out.push({ text: `${MARK.delOpen}${op.text}${MARK.delClose}`, style: 'del' });
    else if (op.op === 'insert' && side !== 'old') out.push({ text: `${MARK.insOpen}${op.text}${MARK.insClose}`, style: 'ins' });
  }
  return out;
}

/** The spans one side of a change shows, with word-level marks when there is a diff. */
function sideSpans(c: Change, side: 'old' | 'new'): Span<Style>[] {
  const ref = c[side];
  if (!ref) return [];
  if (c.diff && c.diff.length > 0) return opSpans(c.diff, side);
  const style: Style = c.kind === 'new' ? 'ins' : c.kind === 'dropped' ? 'del' : c.kind === 'carried' ? 'dim' : 'plain';
  return [{ text: ref.text, style }];
}

/**
 * Spans wrapped to `width`, cut after SHOWN characters with a note of how
 * many more there are: a unit can be a whole report whose punctuation was
 * lost, and laying out all of it on every key press made the UI crawl.
 */
function wrapShown(spans: Span<Style>[], width: number): Line[] {
  let left = SHOWN;
  let hidden = 0;
  const shown: Span<Style>[] = [];
  for (const span of spans) {
    if (left <= 0) hidden += span.text.length;
    else if (span.text.length <= left) shown.push(span);
    else {
      // Never cut between the halves of a surrogate pair.
      const at = /[\uD800-\uDBFF]/.test(span.text[left - 1]) ? left - 1 : left;
      shown.push({ text: span.text.slice(0, at), style: span.style });
      hidden += span.text.length - at;
    }
    left -= span.text.length;
  }
  const lines = wrapSpans(shown, width);
  if (hidden > 0) lines.push(...wrapSpans([{ text: `… ${hidden.toLocaleString('en')} more characters (the text, Markdown and JSON reports show all)`, style: 'dim' as Style }], width));
  return lines;
}
const SHOWN = 4000;

/** The body of a change, inline: one stream with deletions and insertions interleaved. */
function inlineBody(c: Change, width: number): Line[] {
  if (c.kind === 'modified' && c.diff && c.diff.length > 0) return wrapShown(opSpans(c.diff, 'both'), width);
  if (c.kind === 'modified') {
    return [...wrapShown(sideSpans(c, 'old'), width), ...wrapShown(sideSpans(c, 'new'), width)];
  }
  return wrapShown(sideSpans(c, c.new ? 'new' : 'old'), width);
}

/** The body side by side: OLD on the left, NEW on the right, a bar between. */
function sideBySideBody(c: Change, width: number): Line[] {
  const col = Math.max(4, Math.floor((width - 3) / 2));
  const left = c.old ? wrapShown(sideSpans(c, 'old'), col) : [];
  const right = c.new ? wrapShown(sideSpans(c, 'new'), col) : [];
  const rows = Math.max(left.length, right.length);
  const out: Line[] = [];
  for (let i = 0; i < rows; i++) {
    const l = left[i] ?? [];
    const used = l.reduce((n, s) => n + displayWidth(s.text), 0);
    out.push([...l, { text: `${' '.repeat(Math.max(0, col - used))} │ `, style: 'dim' }, ...(right[i] ?? [])]);
  }
  return out;
}

/**
 * The lines one change takes in the change list, at most `width` columns
 * each: a tag column (`MOD`, `NEW`, …), the wrapped body, for moved units
 * the section they came from, for a repeat the unit's first link, and for
 * a new or dropped unit the words the other report never uses (`novelNote`)
 * and the nearest unit there (`closestNote`; needs `units`).
 */
export function changeLines(c: Change, width: number, sideBySide: boolean, units?: UnitsById): Line[] {
  const bodyWidth = Math.max(4, width - TAG_WIDTH);
  const body = sideBySide ? sideBySideBody(c, bodyWidth) : inlineBody(c, bodyWidth);
  if (c.moved && c.old) {
    const from = c.old.section.length ? c.old.section[c.old.section.length - 1] : '(preamble)';
    body.push(...wrapSpans([{ text: `moved from: ${from}`, style: 'dim' as Style }], bodyWidth));
  }
  const note = repeatNote(c);
  if (note) body.push(...wrapSpans([{ text: note, style: 'dim' as Style }], bodyWidth));
  if (c.weak) body.push(...wrapSpans([{ text: WEAK_NOTE, style: 'dim' as Style }], bodyWidth));
  const novel = novelNote(c);
  if (novel) body.push(...wrapSpans([{ text: novel, style: 'dim' as Style }], bodyWidth));
  const framing = framingNote(c);
  if (framing) body.push(...wrapSpans([{ text: framing, style: 'dim' as Style }], bodyWidth));
  const closest = units ? closestNote(c, closestUnit(c, units)) : null;
  if (closest) body.push(...wrapSpans([{ text: closest, style: 'dim' as Style }], bodyWidth));
  if (body.length === 0) body.push([]);
  return body.map((line, i) => [{ text: padEnd(i === 0 ? tagOf(c) : '', TAG_WIDTH), style: 'tag' as Style }, ...line]);
}
