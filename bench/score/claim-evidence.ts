import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimTrust, type Change, type ClaimTrust, type ReportDiff } from '../../src/report.js';
import { novelShare } from '../../src/diff/novel-words.js';
import { locateDiff, type Span } from './locate.js';
import { linkAt, overlaps, spanOf, type LabelSet } from './labels.js';

/** One judged `new` or `dropped` claim of an audit (bench/audits/*.new-dropped.json). */
export interface JudgedClaim {
  id: string;
  text: string;
  /** really-new / in-old / trivial for `new`; really-dropped / in-new / trivial for `dropped`. */
  verdict: string;
  /** For a claim judged to be in the other report: where the judge found it there. */
  oldQuote?: string;
  newQuote?: string;
}

type Verdict = 'holds' | 'inOther' | 'trivial';
const zero = (): Record<Verdict, number> => ({ holds: 0, inOther: 0, trivial: 0 });
export const verdictOf = (v: string): Verdict => (v.startsWith('really') ? 'holds' : v === 'trivial' ? 'trivial' : 'inOther');

/**
 * Sure claims by how much of their wording is words the other report never
 * uses (`novelShare`, the summary's order within the sure grade): below 0.3,
 * from 0.3 to 0.5, from 0.5 (about the thirds of the audited sure claims).
 */
export const SHARE_BANDS = ['below 0.3', '0.3 to 0.5', 'from 0.5'] as const;
export type ShareBand = (typeof SHARE_BANDS)[number];
export type ByShare = Record<ShareBand, Record<Verdict, number>>;
export const byShareZero = (): ByShare => ({ 'below 0.3': zero(), '0.3 to 0.5': zero(), 'from 0.5': zero() });

/** A claim's band of `SHARE_BANDS`. */
function shareBand(c: Change): ShareBand {
  const share = novelShare((c.new ?? c.old)!.text, c.novel ?? []);
  return share < 0.3 ? 'below 0.3' : share < 0.5 ? '0.3 to 0.5' : 'from 0.5';
}

/** Counts a judged claim the engine still grades sure in its `SHARE_BANDS` band. */
export function tallySure(into: ByShare, c: Change, verdict: string): void {
  if (c.novel && claimTrust(c) === 'sure') into[shareBand(c)][verdictOf(verdict)]++;
}

/** Verdicts of an audit's judged claims that the engine still makes, by how far the engine trusts them (`claimTrust`). */
export interface ClaimEvidence {
  trust: Record<ClaimTrust, Record<Verdict, number>>;
  /** Judged claims the engine no longer makes (the unit is linked now) or whose unit was not found. */
  gone: number;
  /**
   * Where `Change.closest` points. Of the claims judged to be in the other
   * report whose quote is found there: at the quoted text, elsewhere, or
   * nowhere (no unit alike enough); and of the claims that hold, how many
   * show a closest unit at all.
   */
  closest: { onTarget: number; elsewhere: number; none: number; holds: number; shownOnHolds: number };
  /** The claims graded sure, by `SHARE_BANDS`. */
  sureByShare: ByShare;
}

/** Claims of blind label sets by the same split: items labelled really new or dropped, and carried items the engine calls new or dropped. */
export interface LabelEvidence {
  real: Record<ClaimTrust, number>;
  missed: Record<ClaimTrust, number>;
  /** Where `Change.closest` of those false claims points: at the labelled partner, elsewhere, or nowhere. */
  closest: { onTarget: number; elsewhere: number; none: number };
}

/** Where a claim's `closest` points in the other report's located units: at the span (the counterpart a reader or label named), elsewhere, or nowhere. */
function pointsAt(c: Change, otherSpans: Map<number, Span>, at: Span | null): 'onTarget' | 'elsewhere' | 'none' {
  if (!c.closest) return 'none';
  return at && overlaps(otherSpans.get(c.closest.id), at) ? 'onTarget' : 'elsewhere';
}

/** The engine's `kind` claims whose unit overlaps a phrase (units are located by content, as the label scorer does). */
export function claimsAt(diff: ReportDiff, spans: ReturnType<typeof locateDiff>, keys: { old: string; new: string }, kind: 'new' | 'dropped', phrase: string): Change[] {
  const side = kind === 'new' ? 'new' : 'old';
  const at = spanOf(keys[side], phrase);
  return at ? diff.changes.filter((c) => c.kind === kind && c[side] && overlaps(spans[side].get(c[side]!.id), at)) : [];
}

/**
 * Splits an audit's judged claims by the evidence the engine now gives them
 * (`claimTrust`, from `Change.novel` and `Change.closest`): does a claim
 * naming a word the other report never uses hold more often than one naming
 * none, and one with nothing alike there more often than one with?
 */
export function claimEvidence(diff: ReportDiff, claims: { new: JudgedClaim[]; dropped: JudgedClaim[] }, oldKey: string, newKey: string): ClaimEvidence {
  const spans = locateDiff(diff, oldKey, newKey);
  const keys = { old: oldKey, new: newKey };
  const out: ClaimEvidence = { trust: { sure: zero(), alike: zero(), unsure: zero(), close: zero() }, gone: 0, closest: { onTarget: 0, elsewhere: 0, none: 0, holds: 0, shownOnHolds: 0 }, sureByShare: byShareZero() };
  for (const kind of ['new', 'dropped'] as const) {
    const other = kind === 'new' ? 'old' : 'new';
    for (const claim of claims[kind]) {
      const change = claimsAt(diff, spans, keys, kind, claim.text)[0];
      if (!change?.novel) {
        out.gone++;
        continue;
      }
      const verdict = verdictOf(claim.verdict);
      out.trust[claimTrust(change)][verdict]++;
      tallySure(out.sureByShare, change, claim.verdict);
      if (verdict === 'holds') {
        out.closest.holds++;
        if (change.closest) out.closest.shownOnHolds++;
      }
      const quote = kind === 'new' ? claim.oldQuote : claim.newQuote;
      const at = verdict === 'inOther' && quote ? spanOf(keys[other], quote) : null;
      if (!at) continue;
      out.closest[pointsAt(change, spans[other], at)]++;
    }
  }
  return out;
}

/** The same split on a label set read without the tool: its really new and dropped items, and its carried items the engine misses. */
export function labelEvidence(diff: ReportDiff, label: LabelSet, oldKey: string, newKey: string): LabelEvidence {
  const spans = locateDiff(diff, oldKey, newKey);
  const keys = { old: oldKey, new: newKey };
  const none = (): Record<ClaimTrust, number> => ({ sure: 0, alike: 0, unsure: 0, close: 0 });
  const out: LabelEvidence = { real: none(), missed: none(), closest: { onTarget: 0, elsewhere: 0, none: 0 } };
  const count = (into: LabelEvidence['real'], cs: Change[]) => {
    for (const c of cs) if (c.novel) into[claimTrust(c)]++;
  };
  for (const p of label.new) count(out.real, claimsAt(diff, spans, keys, 'new', p));
  for (const p of label.dropped) count(out.real, claimsAt(diff, spans, keys, 'dropped', p));
  const point = (cs: Change[], side: 'old' | 'new', partner: string) => {
    const at = spanOf(keys[side], partner);
    for (const c of cs) {
      out.closest[pointsAt(c, spans[side], at)]++;
    }
  };
  for (const p of label.carried) {
    const asNew = claimsAt(diff, spans, keys, 'new', p.new);
    const asDropped = claimsAt(diff, spans, keys, 'dropped', p.old);
    count(out.missed, asNew);
    count(out.missed, asDropped);
    point(asNew, 'old', p.old);
    point(asDropped, 'new', p.new);
  }
  return out;
}

/** One judged link of an audit (bench/audits/*.links.json). */
export interface JudgedLink {
  id: string;
  old: string;
  new: string;
  verdict: 'same' | 'partial' | 'wrong';
}

/** Verdicts of an audit's judged links that the engine still makes, by its weak mark (`Change.weak`). */
export interface LinkEvidence {
  weak: Record<JudgedLink['verdict'], number>;
  other: Record<JudgedLink['verdict'], number>;
  /** Judged links the engine no longer makes, or whose text was not found. */
  gone: number;
}

/** Splits an audit's judged links by whether the engine now marks them weak: is a weak link wrong more often? */
export function linkEvidence(diff: ReportDiff, links: JudgedLink[], oldKey: string, newKey: string): LinkEvidence {
  const spans = locateDiff(diff, oldKey, newKey);
  const none = () => ({ same: 0, partial: 0, wrong: 0 });
  const out: LinkEvidence = { weak: none(), other: none(), gone: 0 };
  for (const l of links) {
    const a = spanOf(oldKey, l.old);
    const b = spanOf(newKey, l.new);
    const c = a && b ? linkAt(diff, spans, a, b) : undefined;
    if (!c) out.gone++;
    else (c.weak ? out.weak : out.other)[l.verdict]++;
  }
  return out;
}

/** An audit's judged samples (`bench/audits/NAME.new-dropped.json`, `NAME.links.json`), as its readers wrote them. */
export function judgedAudit(root: string, audit: string): { claims: { new: JudgedClaim[]; dropped: JudgedClaim[] }; links: JudgedLink[] } {
  const read = (file: string) => JSON.parse(readFileSync(join(root, 'bench', 'audits', `${audit}.${file}.json`), 'utf8'));
  return { claims: read('new-dropped'), links: read('links') };
}
