import type { Rng } from '../lib/prng.js';
import type { Para, TChar } from './model.js';
import { splitSentences } from '../lib/key.js';
import { VERB_SWAPS, ADDED_CLAUSES, NUMBER_RUN, ENUM_OPENER } from '../lib/rules.js';

/** Plain text of some model chars. */
export const textOf = (chars: TChar[]): string => chars.map((c) => c.ch).join('');
const fresh = (s: string): TChar[] => [...s].map((ch) => ({ ch, o: -1 }));

/** A `一是…` paragraph: the engine reads its first sentence as the heading of an item. */
export const opensItem = (p: Para): boolean => ENUM_OPENER.test(textOf(p.chars).trimStart());

/** Sentence ranges of a paragraph that may be edited: none of the front matter, and not a heading's own sentence or an item's. */
function editableSentences(p: Para): Array<[number, number]> {
  if (p.front) return [];
  const all = splitSentences(textOf(p.chars));
  return p.heading || opensItem(p) ? all.slice(1) : all;
}

/** Every (paragraph, sentence) that an edit may touch. */
function sentenceSlots(paras: Para[]): Array<[Para, [number, number]]> {
  const out: Array<[Para, [number, number]]> = [];
  for (const p of paras) for (const s of editableSentences(p)) if (s[1] - s[0] >= 6) out.push([p, s]);
  return out;
}

/** Drops `n` sentences (headings kept); empty paragraphs disappear. Unit: sentences. */
export function dropSentences(paras: Para[], n: number, rng: Rng): Para[] {
  for (let i = 0; i < n; i++) {
    const slots = sentenceSlots(paras);
    if (!slots.length) break;
    const [p, [s, e]] = rng.pick(slots);
    p.chars.splice(s, e - s);
  }
  return paras.filter((p) => p.chars.length > 0);
}

/** Inserts `n` donor sentences at sentence boundaries of body paragraphs. Unit: sentences. */
export function insertSentences(paras: Para[], donors: string[], n: number, rng: Rng): void {
  const bodies = paras.filter((p) => !p.heading && !p.front && p.chars.length > 20);
  for (let i = 0; i < n && donors.length && bodies.length; i++) {
    const p = rng.pick(bodies);
    // Not before an item's marker, which must open its paragraph to head the item.
    const cuts = [...(opensItem(p) ? [] : [0]), ...splitSentences(textOf(p.chars)).map((r) => r[1])];
    p.chars.splice(rng.pick(cuts), 0, ...fresh(rng.pick(donors)));
  }
}

/** Replaces [s, e) of a paragraph with new text (all of it inserted). */
function replace(p: Para, s: number, e: number, text: string): void {
  p.chars.splice(s, e - s, ...fresh(text));
}

/** One rewording of sentence [s, e): a verb swap, a changed number, or a clause added or removed. */
export function rewordSentence(p: Para, s: number, e: number, rng: Rng): boolean {
  const t = textOf(p.chars.slice(s, e));
  const ways = ['verb', 'number', 'add', 'remove'];
  for (let tries = 0; tries < 6; tries++) {
    const way = rng.pick(ways);
    if (way === 'verb') {
      const swaps = VERB_SWAPS.filter(([a]) => t.includes(a));
      if (!swaps.length) continue;
      const [a, b] = rng.pick(swaps);
      // Right to left so earlier offsets stay valid.
      for (let at = t.lastIndexOf(a); at >= 0; at = at > 0 ? t.lastIndexOf(a, at - 1) : -1) replace(p, s + at, s + at + a.length, b);
      return true;
    }
    if (way === 'number') {
      const nums = [...t.matchAll(NUMBER_RUN)];
      if (!nums.length) continue;
      const m = rng.pick(nums);
      const v = Number(m[0]);
      const dec = m[0].includes('.') ? m[0].split('.')[1].length : 0;
      let next = (v * (1 + rng.int(5, 40) / 100) + 1).toFixed(dec);
      if (next === m[0]) next = String(v + 1);
      replace(p, s + m.index!, s + m.index! + m[0].length, next);
      return true;
    }
    if (way === 'add') {
      const end = /[。！？]$/.test(t) ? e - 1 : e;
      p.chars.splice(end, 0, ...fresh('，' + rng.pick(ADDED_CLAUSES)));
      return true;
    }
    const commas = [...t.matchAll(/，/g)].map((m) => m.index!);
    if (commas.length < 2) continue;
    const i = rng.int(0, commas.length - 2);
    p.chars.splice(s + commas[i], commas[i + 1] - commas[i]);
    return true;
  }
  return false;
}

/** Rewords `n` sentences. Unit: sentences. */
export function rewordSentences(paras: Para[], n: number, rng: Rng): void {
  for (let i = 0; i < n; i++) {
    const slots = sentenceSlots(paras);
    if (!slots.length) return;
    const [p, [s, e]] = rng.pick(slots);
    rewordSentence(p, s, e, rng);
  }
}

/** Index just past the last paragraph of the section opened by heading paragraph `h`. */
function sectionEnd(paras: Para[], h: number): number {
  let i = h + 1;
  while (i < paras.length && !paras[i].heading) i++;
  return i;
}

/** Moves `n` body paragraphs to the end of another sub-section (marks them moved). Unit: paragraphs. */
export function moveParagraphs(paras: Para[], n: number, rng: Rng): void {
  for (let k = 0; k < n; k++) {
    const subs = paras.map((p, i) => (p.heading === 'sub' ? i : -1)).filter((i) => i >= 0);
    // Not a `一是…` paragraph: moved, it would take the rest of its item along under another heading.
    const movable = paras.map((p, i) => (!p.heading && !p.moved && p.secId >= 0 && p.chars.length > 30 && !opensItem(p) ? i : -1)).filter((i) => i >= 0);
    if (subs.length < 2 || !movable.length) return;
    const from = rng.pick(movable);
    const p = paras[from];
    const targets = subs.filter((h) => paras[h].id !== p.secId);
    const target = paras[rng.pick(targets)];
    paras.splice(from, 1);
    const at = sectionEnd(paras, paras.indexOf(target));
    p.moved = true;
    p.secId = target.id;
    paras.splice(at, 0, p);
  }
}

/** Gives a sub-heading another marker's number (`（五）` → `（三）`); the changed chars count as inserted. */
function renumber(p: Para, marker: string): void {
  if (textOf(p.chars.slice(0, p.markerLen)) === marker) return;
  const digits = marker.slice(1, -1);
  p.chars.splice(0, p.markerLen, { ...p.chars[0] }, ...fresh(digits).map((c) => ({ ...c, ig: true })), { ...p.chars[p.markerLen - 1] });
  p.markerLen = marker.length;
}

/** Swaps two sub-sections under one top heading and renumbers their markers to the new order. */
export function swapSections(paras: Para[], rng: Rng): boolean {
  const subs = paras.map((p, i) => (p.heading === 'sub' ? i : -1)).filter((i) => i >= 0);
  // Pairs of sub-sections that are siblings (no top heading between them).
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < subs.length; a++)
    for (let b = a + 1; b < subs.length; b++) {
      if (paras.slice(subs[a], subs[b]).some((p) => p.heading === 'top')) break;
      if (!paras[subs[a]].swapped && !paras[subs[b]].swapped) pairs.push([subs[a], subs[b]]);
    }
  if (!pairs.length) return false;
  const [i, j] = rng.pick(pairs);
  const ei = sectionEnd(paras, i);
  const ej = sectionEnd(paras, j);
  const A = paras.slice(i, ei);
  const B = paras.slice(j, ej);
  const mid = paras.slice(ei, j);
  const markerA = textOf(A[0].chars.slice(0, A[0].markerLen));
  const markerB = textOf(B[0].chars.slice(0, B[0].markerLen));
  paras.splice(i, ej - i, ...B, ...mid, ...A);
  // Each block takes the number of the place it moved to, as an editor renumbers.
  renumber(B[0], markerA);
  renumber(A[0], markerB);
  A[0].swapped = B[0].swapped = true;
  return true;
}

/** Renames a heading: a verb swap inside the heading sentence, else `全面` added after the marker. */
export function renameHeading(paras: Para[], rng: Rng): void {
  const heads = paras.filter((p) => p.heading);
  if (!heads.length) return;
  const p = rng.pick(heads);
  const sent = splitSentences(textOf(p.chars))[0];
  const t = textOf(p.chars.slice(p.markerLen, sent[1]));
  const swaps = VERB_SWAPS.filter(([a]) => t.includes(a));
  if (swaps.length) {
    const [a, b] = rng.pick(swaps);
    const at = p.markerLen + t.indexOf(a);
    replace(p, at, at + a.length, b);
  } else p.chars.splice(p.markerLen, 0, ...fresh('全面'));
}
