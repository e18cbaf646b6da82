import { diffChars } from 'diff';
import type { ReportDiff, Change, UnitRef, DiffOp, SectionPair, ChangeCounts } from '../../src/report.js';
import { toKey, splitSentences } from '../lib/key.js';
import { HEADING_IN_KEY } from '../lib/rules.js';
import { alignSequences } from './align.js';

/** The longest heading the baseline reads after a marker (headings glue onto body text once line breaks are gone). */
const MAX_HEADING = 40;

/** Sentences of a whitespace-free text as unit refs (offsets into that text). */
function sentenceRefs(key: string): UnitRef[] {
  return splitSentences(key).map(([start, end], i) => ({ id: i, text: key.slice(start, end), section: [], sectionId: 0, sentence: i, paragraph: 0, start, end }));
}

/** Headings the baseline can see: a marker after a sentence end, text up to the next `。` (capped). */
function headingsOf(key: string): string[] {
  return [...key.matchAll(HEADING_IN_KEY)].map((m) => {
    const rest = key.slice(m.index! + m[0].length, m.index! + m[0].length + MAX_HEADING);
    const stop = rest.search(/[。！？]/);
    return stop >= 0 ? rest.slice(0, stop) : rest;
  });
}

/** Word-free char diff as DiffOps. */
function charOps(a: string, b: string): DiffOp[] {
  return diffChars(a, b).map((p) => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value }));
}

/** Section pairs: headings aligned the same way as sentences. */
function pairSections(oldKey: string, newKey: string): SectionPair[] {
  const a = headingsOf(oldKey);
  const b = headingsOf(newKey);
  return alignSequences(a, b).map((s) => ({
    old: 'i' in s ? [a[s.i]] : null,
    new: 'j' in s ? [b[s.j]] : null,
    oldId: 'i' in s ? s.i + 1 : null,
    newId: 'j' in s ? s.j + 1 : null,
    similarity: s.kind === 'equal' ? 1 : s.kind === 'pair' ? s.similarity : 0,
  }));
}

/**
 * The baseline the engine must beat: an order-preserving sentence diff on
 * the whitespace-free texts (LCS over sentences cut at `。！？`, unmatched
 * sentences in a gap paired as reworded when their char-bigram similarity
 * is ≥ 0.5 and diffed char by char), in the engine's ReportDiff shape.
 */
export function baselineDiff(oldText: string, newText: string): ReportDiff {
  const oldKey = toKey(oldText);
  const newKey = toKey(newText);
  const olds = sentenceRefs(oldKey);
  const news = sentenceRefs(newKey);
  const changes: Change[] = alignSequences(olds.map((r) => r.text), news.map((r) => r.text)).map((s): Change => {
    if (s.kind === 'equal') return { kind: 'carried', moved: false, old: olds[s.i], new: news[s.j], similarity: 1 };
    if (s.kind === 'pair') return { kind: 'modified', moved: false, old: olds[s.i], new: news[s.j], similarity: s.similarity, diff: charOps(olds[s.i].text, news[s.j].text) };
    if (s.kind === 'del') return { kind: 'dropped', moved: false, old: olds[s.i], new: null };
    return { kind: 'new', moved: false, old: null, new: news[s.j] };
  });
  const counts: ChangeCounts = { carried: 0, modified: 0, new: 0, dropped: 0, moved: 0, repeated: 0, weak: 0, unsure: 0 };
  for (const c of changes) counts[c.kind]++;
  const meta = (key: string, n: number, name: string) => ({ name, selection: 'all' as const, years: [], units: n, chars: key.length, parts: [] });
  return {
    version: 2,
    old: meta(oldKey, olds.length, 'old'),
    new: meta(newKey, news.length, 'new'),
    sections: pairSections(oldKey, newKey),
    changes,
    counts,
    segmenter: 'baseline-sentence-lcs',
    diagnostics: [],
  };
}
