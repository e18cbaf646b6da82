import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Change, ReportDiff } from '../../src/report.js';
import { matchKey, toKey } from '../lib/key.js';
import { locateDiff, type Span } from './locate.js';
import { type Share, shareZero } from './counts.js';

/** A pair of key phrases, one in OLD and one in NEW. */
export interface PhrasePair {
  old: string;
  new: string;
  note?: string;
}

/** A hand-labelled report pair (bench/labels/*.json); phrases are checked by reading the text. */
export interface LabelSet {
  name: string;
  /** Specs as given to compareFiles, relative to the repo root (`seeds/acftu-2023.txt#review`). */
  oldSpec: string;
  newSpec: string;
  /** When both specs are parts of one file: the heading the NEW part starts at (for key texts and the baseline). */
  splitAt?: string;
  /** Initiatives that carry over: some carried/modified change must link them. */
  carried: PhrasePair[];
  /** Phrases only in NEW: their unit must be a `new` change. */
  new: string[];
  /** Phrases only in OLD: their unit must be a `dropped` change. */
  dropped: string[];
  /** Look-alikes sharing only boilerplate: no change may link them. */
  notLinked: PhrasePair[];
}

/** Results of one label set: per category, with the labels that failed. */
export interface LabelScore {
  carried: Share;
  new: Share;
  dropped: Share;
  notLinked: Share;
  failed: string[];
}

/** Every label set in a folder. */
export function loadLabels(dir: string): LabelSet[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelSet);
}

/** OLD and NEW texts of a label set, read from the repo root (split at `splitAt` when both are one file). */
export function labelTexts(label: LabelSet, root: string): { oldText: string; newText: string } {
  const file = (spec: string) => readFileSync(join(root, spec.replace(/#(review|plan)$/, '')), 'utf8');
  if (!label.splitAt) return { oldText: file(label.oldSpec), newText: file(label.newSpec) };
  const text = file(label.oldSpec);
  // The heading may be PDF-wrapped: find it in the key, then map back to a raw offset.
  const at = toKey(text).indexOf(toKey(label.splitAt));
  if (at < 0) throw new Error(`${label.name}: splitAt not found`);
  let k = 0;
  let raw = 0;
  for (; raw < text.length && k < at; raw++) if (!/\s/.test(text[raw])) k++;
  return { oldText: text.slice(0, raw), newText: text.slice(raw) };
}

/** Offsets of every occurrence of a phrase in a key (compared folded). */
export function occurrences(key: string, phrase: string): number[] {
  const hay = matchKey(key);
  const needle = matchKey(phrase);
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at >= 0 && needle; at = hay.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** Whether a located unit overlaps a span. */
export const overlaps = (s: Span | undefined, r: Span): boolean => !!s && s.start < r.end && r.start < s.end;

/** The span of a phrase's first occurrence, or null. */
export function spanOf(key: string, phrase: string): Span | null {
  const at = occurrences(key, phrase)[0];
  return at === undefined ? null : { start: at, end: at + matchKey(phrase).length };
}

/**
 * Checks a diff against one label set. Unit spans are located by content
 * (as the synthetic scorer does), so a phrase cut across units still counts
 * for the units it overlaps.
 */
export function scoreLabels(diff: ReportDiff, label: LabelSet, oldKey: string, newKey: string): LabelScore {
  const spans = locateDiff(diff, oldKey, newKey);
  const out: LabelScore = { carried: shareZero(), new: shareZero(), dropped: shareZero(), notLinked: shareZero(), failed: [] };
  const linked = (o: Span, n: Span) => linkAt(diff, spans, o, n) !== undefined;
  const coveredBy = (r: Span, side: 'old' | 'new', kind: string) => {
    const mask = new Uint8Array(r.end - r.start);
    for (const c of diff.changes) {
      const ref = c[side];
      const s = ref && c.kind === kind ? spans[side].get(ref.id) : undefined;
      if (s) for (let i = Math.max(s.start, r.start); i < Math.min(s.end, r.end); i++) mask[i - r.start] = 1;
    }
    return mask.reduce((a, b) => a + b, 0) * 2 >= mask.length;
  };
  const tally = (share: Share, ok: boolean, what: string) => {
    share.total++;
    if (ok) share.hit++;
    else out.failed.push(what);
  };
  for (const p of label.carried) {
    const o = spanOf(oldKey, p.old);
    const n = spanOf(newKey, p.new);
    tally(out.carried, !!o && !!n && linked(o, n), `carried: ${p.old} → ${p.new}`);
  }
  for (const p of label.notLinked) {
    const o = spanOf(oldKey, p.old);
    const n = spanOf(newKey, p.new);
    tally(out.notLinked, !!o && !!n && !linked(o, n), `not-linked: ${p.old} ≠ ${p.new}`);
  }
  for (const ph of label.new) {
    const n = spanOf(newKey, ph);
    tally(out.new, !!n && coveredBy(n, 'new', 'new'), `new: ${ph}`);
  }
  for (const ph of label.dropped) {
    const o = spanOf(oldKey, ph);
    tally(out.dropped, !!o && coveredBy(o, 'old', 'dropped'), `dropped: ${ph}`);
  }
  return out;
}

/** The engine's link (carried or modified) between a unit overlapping `o` in OLD and one overlapping `n` in NEW, if it made one. */
export function linkAt(diff: ReportDiff, spans: ReturnType<typeof locateDiff>, o: Span, n: Span): Change | undefined {
  return diff.changes.find((c) => c.old && c.new && overlaps(spans.old.get(c.old.id), o) && overlaps(spans.new.get(c.new.id), n));
}
