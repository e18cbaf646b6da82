import { TOP_HEADING, SUB_HEADING, ENUM_OPENER, WHITESPACE, WHITESPACE_CHAR, ZERO_WIDTH_LINE } from '../lib/rules.js';
import { toKey } from '../lib/key.js';
import { findFrontMatter } from '../../src/structure/front-matter.js';

/** One char of a generated text with its origin: an index into the OLD key, or -1 when inserted. */
export interface TChar {
  ch: string;
  o: number;
  /** Outline-marker chars (`（三）`): renumbering makes them noise, so the scorer skips them. */
  ig?: boolean;
}

/** One paragraph of the model; paragraphs keep their identity while they are moved around. */
export interface Para {
  chars: TChar[];
  heading: 'top' | 'sub' | null;
  /** Number of marker chars at the start (`（一）` → 3) for headings. */
  markerLen: number;
  /** Key of the heading text in OLD (marker stripped, up to the first `。`), for headings. */
  oldHeading: string | null;
  /** Identity of the innermost heading paragraph this one sits under (-1 = before any heading). */
  secId: number;
  /** Own identity (index in the parsed OLD). */
  id: number;
  moved: boolean;
  /** Set once a heading's section was swapped, so a second swap cannot undo the first. */
  swapped?: boolean;
  /**
   * Before the opening address (title, dateline, speaker), where no report
   * is ever edited: reportdiff sets it aside uncompared (`findFrontMatter`),
   * and a sentence put into it (gov 2017's `政府工作报` / `告` / inserted /
   * `国务院总理`) left NEW with no front matter to set aside.
   */
  front?: boolean;
}

/** A parsed OLD report: its key and paragraphs whose chars point into that key. */
export interface Model {
  key: string;
  paras: Para[];
  /** OLD key offsets of marker chars (ignored when scoring). */
  ignoreOld: number[];
}

/** True when a text looks PDF-extracted: most lines short, as in seeds/acftu-2023.txt (~16 chars). */
function isPdfWrapped(lines: string[]): boolean {
  const lens = lines.map((l) => l.replace(WHITESPACE, '').length).filter((n) => n > 0).sort((a, b) => a - b);
  return lens.length > 20 && lens[Math.floor(lens.length / 2)] <= 20;
}

/** Logical paragraphs of a text, each as [start, end) ranges of raw lines; PDF wraps are re-joined. */
function logicalParagraphs(text: string): Array<Array<[number, number]>> {
  const lines: Array<[number, number]> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    lines.push([pos, pos + line.length]);
    pos += line.length + 1;
  }
  const content = lines.filter(([s, e]) => text.slice(s, e).replace(WHITESPACE, '').length > 0);
  if (!isPdfWrapped(content.map(([s, e]) => text.slice(s, e)))) return pageMarkersJoined(text, lines);
  const out: Array<Array<[number, number]>> = [];
  let prev = '';
  let inHeading = false;
  for (const l of content) {
    const t = text.slice(l[0], l[1]).replace(WHITESPACE, '');
    // A new paragraph opens at a marker or after a short line that ends a
    // sentence; a wrapped heading (`二、2023年工会工作总体要求` / `和主要任务`)
    // ends at its short last line even without punctuation.
    const opens =
      TOP_HEADING.test(t) || SUB_HEADING.test(t) || ENUM_OPENER.test(t) || ((inHeading || /[。！？：]$/.test(prev)) && prev.length < 15);
    if (opens || out.length === 0) {
      out.push([l]);
      inHeading = TOP_HEADING.test(t) || SUB_HEADING.test(t);
    } else out[out.length - 1].push(l);
    prev = t;
  }
  return out;
}

/**
 * A line of a number alone, the tail of a wiki link cut out of its sentence
 * (gov 2014 `…广义货币M` / `2` / `增长13.6%…`, `细颗粒物（PM` / `2.5` / `）…`):
 * one sentence with the lines around it, as reportdiff's ingest joins them.
 */
const LINK_FRAGMENT_NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;

/**
 * One paragraph per line, except that a line of only zero-width characters
 * is a page marker inside a sentence (2017/2021 `…220项` / U+200B /
 * `职业资格许可认定事项。`), or a number alone (`LINK_FRAGMENT_NUMBER`): the
 * lines around it are one paragraph, as reportdiff's ingest reads them.
 * Left apart, an insertion would land mid-sentence, which no real report
 * does.
 */
function pageMarkersJoined(text: string, lines: Array<[number, number]>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let joinNext = false;
  for (const l of lines) {
    const t = text.slice(l[0], l[1]);
    if (ZERO_WIDTH_LINE.test(t)) joinNext = out.length > 0;
    else if (LINK_FRAGMENT_NUMBER.test(t) && out.length > 0) {
      out[out.length - 1].push(l);
      joinNext = true;
    } else if (t.replace(WHITESPACE, '').length > 0) {
      if (joinNext) out[out.length - 1].push(l);
      else out.push([l]);
      joinNext = false;
    }
  }
  return out;
}

/** Key of a heading's text: marker stripped, up to the first `。`. */
export function headingKey(chars: TChar[], markerLen: number): string {
  const s = toKey(chars.slice(markerLen).map((c) => c.ch).join(''));
  const stop = s.indexOf('。');
  return stop >= 0 ? s.slice(0, stop) : s;
}

/** Parses a report into the generator's model (one Para per logical paragraph). */
export function parseModel(text: string): Model {
  // Key offset of every raw char (-1 for whitespace).
  const keyAt = new Int32Array(text.length).fill(-1);
  let k = 0;
  for (let i = 0; i < text.length; i++) if (!WHITESPACE_CHAR.test(text[i])) keyAt[i] = k++;
  const key = toKey(text);
  const paras: Para[] = [];
  const ignoreOld: number[] = [];
  let secId = -1;
  const frontEnd = findFrontMatter(text).end;
  for (const ranges of logicalParagraphs(text)) {
    const chars: TChar[] = [];
    for (const [s, e] of ranges) for (let i = s; i < e; i++) if (keyAt[i] >= 0) chars.push({ ch: text[i], o: keyAt[i] });
    const t = chars.map((c) => c.ch).join('');
    const m = TOP_HEADING.exec(t) ?? SUB_HEADING.exec(t);
    const heading = TOP_HEADING.test(t) ? 'top' : SUB_HEADING.test(t) ? 'sub' : null;
    const markerLen = m ? m[0].length : 0;
    for (let i = 0; i < markerLen; i++) {
      chars[i].ig = true;
      ignoreOld.push(chars[i].o);
    }
    const id = paras.length;
    if (heading) secId = id;
    paras.push({ chars, heading, markerLen, oldHeading: heading ? headingKey(chars, markerLen) : null, secId: heading ? id : secId, id, moved: false, ...(ranges[0][0] < frontEnd && { front: true }) });
  }
  return { key, paras, ignoreOld };
}

/** A deep copy of the paragraphs, so one parse serves many cases. */
export function cloneParas(paras: Para[]): Para[] {
  return paras.map((p) => ({ ...p, chars: p.chars.map((c) => ({ ...c })) }));
}
