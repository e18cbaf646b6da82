import type { ReportDiff, Change } from '../../src/report.js';
import type { Truth } from '../gen/make-case.js';
import { matchKey } from '../lib/key.js';
import { locateDiff, type Span } from './locate.js';
import { type PRCounts, type Share, prOf, shareZero } from './counts.js';

/** Char-level counts of one engine answer against one case's truth; they add up across cases. */
export interface CaseScore {
  removed: PRCounts;
  added: PRCounts;
  /** Kept NEW chars whose change links them to an OLD unit covering their true origin. */
  provenance: Share;
  /** Truly moved NEW chars inside a `moved: true` change (recall) … */
  movedRecall: Share;
  /** … and chars claimed moved that truly were (precision; inserted chars excluded). */
  movedPrecision: Share;
  sections: Share;
  /** Key chars covered by a located unit: low values mean the scorer could not map the answer. */
  coverageOld: Share;
  coverageNew: Share;
  /** Diff ops whose text did not add up to their unit's text. */
  opsMismatch: number;
}

/** Marks chars of a span in a mask. */
function mark(mask: Uint8Array, s: Span | undefined, from = s?.start ?? 0, to = s?.end ?? 0): void {
  for (let i = from; i < to; i++) mask[i] = 1;
}

/** Walks a change's diff ops over its located spans, marking deleted OLD and inserted NEW chars. */
function markOps(c: Change, o: Span, n: Span, removed: Uint8Array, added: Uint8Array): boolean {
  let oc = o.start;
  let nc = n.start;
  let oldSide = '';
  for (const op of c.diff ?? []) {
    const len = matchKey(op.text).length;
    if (op.op !== 'insert') oldSide += op.text;
    if (op.op === 'delete') mark(removed, o, oc, Math.min(o.end, oc + len));
    if (op.op === 'insert') mark(added, n, nc, Math.min(n.end, nc + len));
    if (op.op !== 'insert') oc += len;
    if (op.op !== 'delete') nc += len;
  }
  return matchKey(oldSide) === matchKey(c.old!.text);
}

/** True when two heading keys name the same heading: one a prefix of the other (engines cut headings at different places). */
export function sameHeading(a: string, b: string): boolean {
  const x = matchKey(a);
  const y = matchKey(b);
  return Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x));
}

/** Share of true section pairs that `diff.sections` contains. */
function scoreSections(diff: ReportDiff, truth: Truth): Share {
  const s = shareZero();
  for (const t of truth.sections) {
    s.total++;
    const found = diff.sections.some((p) => p.old?.length && p.new?.length && sameHeading(p.old[p.old.length - 1], t.old) && sameHeading(p.new[p.new.length - 1], t.new));
    if (found) s.hit++;
  }
  return s;
}

/** Punctuation that ends or joins clauses, wherever an engine cuts them. */
const CLAUSE_PUNCTUATION = /[，。；：、！？]/u;

/**
 * The ignored chars plus the clause punctuation: a clause added at the end
 * of a sentence (`…落地见效。` → `…落地见效，让群众有更多实实在在的获得感。`)
 * truly adds the `，` before it and keeps the `。`, while an engine that
 * claims the clause as a unit marks its own `。` instead: a char either way
 * on every added or removed clause, which says nothing of what was found.
 */
function withPunctuation(key: string, ignore: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(key.length);
  for (let i = 0; i < key.length; i++) out[i] = ignore[i] || CLAUSE_PUNCTUATION.test(key[i]) ? 1 : 0;
  return out;
}

/** Counts of covered (1) chars of a mask, skipping ignored ones. */
function coverage(mask: Uint8Array, ignore: ArrayLike<number>): Share {
  const s = shareZero();
  for (let i = 0; i < mask.length; i++) if (!ignore[i]) (s.total++, mask[i] && s.hit++);
  return s;
}

/**
 * Scores one ReportDiff against a case's truth at the level of characters,
 * so the score does not depend on how the engine cuts units.
 */
export function scoreDiff(diff: ReportDiff, truth: Truth): CaseScore {
  const nOld = truth.oldKey.length;
  const nNew = truth.newKey.length;
  const spans = locateDiff(diff, truth.oldKey, truth.newKey);
  const removed = new Uint8Array(nOld);
  const added = new Uint8Array(nNew);
  const movedPred = new Uint8Array(nNew);
  const coveredOld = new Uint8Array(nOld);
  const coveredNew = new Uint8Array(nNew);
  for (const s of spans.old.values()) mark(coveredOld, s);
  for (const s of spans.new.values()) mark(coveredNew, s);
  // NEW unit id → OLD spans it is linked to.
  const links = new Map<number, Span[]>();
  let opsMismatch = 0;
  for (const c of diff.changes) {
    const o = c.old ? spans.old.get(c.old.id) : undefined;
    const n = c.new ? spans.new.get(c.new.id) : undefined;
    // A repeat's unit has no counterpart of its own: at the level of text it
    // was removed (or added), with a pointer to where its content is said
    // again. Whether that pointer is right is for the hand labels to check.
    if (c.kind === 'dropped' || c.repeats === 'new') mark(removed, o);
    if (c.kind === 'new' || c.repeats === 'old') mark(added, n);
    if (c.repeats === 'new') continue;
    if (c.moved && c.old) mark(movedPred, n);
    if (o && n) {
      if (c.diff && !c.repeats && !markOps(c, o, n, removed, added)) opsMismatch++;
      const l = links.get(c.new!.id) ?? [];
      l.push(o);
      links.set(c.new!.id, l);
    }
  }
  const provenance = shareZero();
  const movedRecall = shareZero();
  const movedPrecision = shareZero();
  const truthRemoved = truth.oldKept.map((k) => 1 - k);
  const truthAdded = truth.newOrigin.map((o) => (o < 0 ? 1 : 0));
  for (const [id, n] of spans.new) {
    const olds = links.get(id) ?? [];
    for (let i = n.start; i < n.end; i++) {
      const origin = truth.newOrigin[i];
      if (truth.newIgnore[i] || origin < 0) continue;
      if (olds.some((o) => origin >= o.start && origin < o.end)) provenance.hit++;
    }
  }
  for (let i = 0; i < nNew; i++) {
    if (truth.newIgnore[i] || truth.newOrigin[i] < 0) continue;
    provenance.total++;
    if (truth.newMoved[i]) (movedRecall.total++, movedPred[i] && movedRecall.hit++);
    if (movedPred[i]) (movedPrecision.total++, truth.newMoved[i] && movedPrecision.hit++);
  }
  return {
    removed: prOf(removed, truthRemoved, withPunctuation(truth.oldKey, truth.oldIgnore)),
    added: prOf(added, truthAdded, withPunctuation(truth.newKey, truth.newIgnore)),
    provenance,
    movedRecall,
    movedPrecision,
    sections: scoreSections(diff, truth),
    coverageOld: coverage(coveredOld, truth.oldIgnore),
    coverageNew: coverage(coveredNew, truth.newIgnore),
    opsMismatch,
  };
}
