import type { ReportDiff, Change, UnitRef } from '../../src/report.js';
import type { Truth } from '../../bench/gen/make-case.js';

/** A unit ref over [start, end) of a key. */
const ref = (key: string, id: number, start: number, end: number): UnitRef => ({ id, text: key.slice(start, end), section: [], sectionId: 0, sentence: 0, paragraph: 0, start, end });

/**
 * The perfect answer for a truth, in ReportDiff shape: each run of NEW chars
 * with consecutive origins is a carried change, each inserted run a new
 * change, each removed OLD run a dropped change. Scoring it must give 1.0.
 */
export function perfectDiff(t: Truth): ReportDiff {
  const changes: Change[] = [];
  let nid = 0;
  let oid = 0;
  for (let i = 0; i < t.newKey.length; ) {
    let j = i + 1;
    const o = t.newOrigin[i];
    while (j < t.newKey.length && (o < 0 ? t.newOrigin[j] < 0 : t.newOrigin[j] === o + (j - i)) && t.newMoved[j] === t.newMoved[i]) j++;
    const n = ref(t.newKey, nid++, i, j);
    changes.push(o < 0 ? { kind: 'new', moved: false, old: null, new: n } : { kind: 'carried', moved: !!t.newMoved[i], old: ref(t.oldKey, oid++, o, o + j - i), new: n });
    i = j;
  }
  for (let i = 0; i < t.oldKey.length; ) {
    let j = i;
    while (j < t.oldKey.length && !t.oldKept[j]) j++;
    if (j > i) changes.push({ kind: 'dropped', moved: false, old: ref(t.oldKey, oid++, i, j), new: null });
    i = Math.max(j, i + 1);
  }
  const meta = { name: 'x', selection: 'all' as const, years: [], units: 0, chars: 0, parts: [] };
  return {
    version: 2, old: meta, new: meta, changes, segmenter: 'oracle', diagnostics: [],
    counts: { carried: 0, modified: 0, new: 0, dropped: 0, moved: 0, repeated: 0, weak: 0, unsure: 0 },
    sections: t.sections.map((s, k) => ({ old: [s.old], new: [s.new], oldId: k, newId: k, similarity: 1 })),
  };
}

/** The empty answer: no changes, no sections. */
export function emptyDiff(): ReportDiff {
  const d = perfectDiff({ oldKey: '', newKey: '', newOrigin: [], oldKept: [], oldIgnore: [], newIgnore: [], newMoved: [], sections: [] });
  return d;
}
