import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimTrust, type Change, type ReportDiff } from '../../src/report.js';
import { locateDiff } from './locate.js';
import { byShareZero, claimsAt, tallySure, type ByShare, type JudgedClaim, type JudgedLink } from './claim-evidence.js';
import { figurePairFiles } from './corpus-judgements.js';

/**
 * How many words the other report never uses split the sure claims of a
 * `sure` sample (bench/audits/sample-claims-by-grade.ts) into two strata.
 */
export const MANY_NOVEL_WORDS = 3;

/** The two samples drawn by grade: the sure claims by how many words they name, and the other grades. */
export type SampleMode = 'sure' | 'graded';
export type Stratum = 'many' | 'few' | 'alike' | 'unsure' | 'close';
export const STRATA: Record<SampleMode, Stratum[]> = { sure: ['many', 'few'], graded: ['alike', 'unsure', 'close'] };

/** A claim's stratum: its grade (`claimTrust`), the sure ones split by `MANY_NOVEL_WORDS`. */
export function stratumOf(c: Pick<Change, 'novel' | 'closest'>): Stratum {
  const trust = claimTrust(c);
  if (trust !== 'sure') return trust;
  return (c.novel?.length ?? 0) >= MANY_NOVEL_WORDS ? 'many' : 'few';
}

/** Verdicts of one stratum of a sample: claims the engine still makes, still in that stratum. */
export interface StratumVerdicts {
  holds: number;
  inOther: number;
  trivial: number;
  /** The engine's claims in this stratum now, on the whole pair: the weight of its share in an estimate over strata. */
  claims: number;
}

/** One pair's sample against the engine now. */
export interface GradedEvidence {
  pair: string;
  strata: Partial<Record<Stratum, StratumVerdicts>>;
  /** Judged claims the engine no longer makes in the stratum they were drawn from, or whose text the scorer finds elsewhere first. */
  gone: number;
  /** The judged claims graded sure now, whatever their stratum, by `SHARE_BANDS`. */
  sureByShare: ByShare;
}

interface Sample {
  pair: string;
  oldFile: string;
  newFile: string;
  judged: { new: JudgedClaim[]; dropped: JudgedClaim[] };
  key: Record<string, { stratum: Stratum }>;
}

/** The pairs sampled in one mode: their verdicts (`NAME.MODE.judged.json`), the stratum of each claim (`NAME.MODE-key.json`) and texts. */
export function gradedSamples(root: string, mode: SampleMode): Sample[] {
  const dir = join(root, 'bench', 'audits');
  return SAMPLED_PAIRS.filter((p) => existsSync(join(dir, `${p}.${mode}.judged.json`))).map((pair) => ({
    ...pairFiles(root, pair),
    judged: JSON.parse(readFileSync(join(dir, `${pair}.${mode}.judged.json`), 'utf8')),
    key: JSON.parse(readFileSync(join(dir, `${pair}.${mode}-key.json`), 'utf8')),
  }));
}
const SAMPLED_PAIRS = ['gov-1998-1999', 'gov-2006-2007', 'gov-2009-2010', 'gov-2012-2013'];

/** A sampled pair's name with its two texts in bench/texts (`gov-2006-2007`), as the figure sets name theirs. */
function pairFiles(root: string, pair: string): { pair: string; oldFile: string; newFile: string } {
  const [oldFile, newFile] = figurePairFiles(root, pair);
  return { pair, oldFile, newFile };
}

/**
 * The same four pairs' links (`NAME.links.json`, drawn by
 * bench/audits/sample-links.ts as the audits' were, the key in
 * `NAME.links-key.json`), judged blind after the rules: scored with
 * `linkEvidence` (bench/score/claim-evidence.ts).
 */
export function sampledPairLinks(root: string): Array<{ pair: string; oldFile: string; newFile: string; links: JudgedLink[] }> {
  const dir = join(root, 'bench', 'audits');
  return SAMPLED_PAIRS.filter((p) => existsSync(join(dir, `${p}.links.json`))).map((pair) => ({
    ...pairFiles(root, pair),
    links: JSON.parse(readFileSync(join(dir, `${pair}.links.json`), 'utf8')),
  }));
}

const zero = (): StratumVerdicts => ({ holds: 0, inOther: 0, trivial: 0, claims: 0 });

/** Splits a pair's judged claims by the stratum they were drawn from, keeping those the engine still makes in that stratum. */
export function gradedEvidence(sample: Sample, mode: SampleMode, diff: ReportDiff, oldKey: string, newKey: string): GradedEvidence {
  const strata = Object.fromEntries(STRATA[mode].map((s) => [s, zero()])) as Partial<Record<Stratum, StratumVerdicts>>;
  const out: GradedEvidence = { pair: sample.pair, strata, gone: 0, sureByShare: byShareZero() };
  for (const c of diff.changes) {
    if ((c.kind === 'new' || c.kind === 'dropped') && c.novel) {
      const s = strata[stratumOf(c)];
      if (s) s.claims++;
    }
  }
  const spans = locateDiff(diff, oldKey, newKey);
  for (const kind of ['new', 'dropped'] as const) {
    for (const claim of sample.judged[kind]) {
      const now = claimsAt(diff, spans, { old: oldKey, new: newKey }, kind, claim.text)[0];
      const drawn = sample.key[claim.id]?.stratum;
      if (now) tallySure(out.sureByShare, now, claim.verdict);
      if (!now?.novel || stratumOf(now) !== drawn) {
        out.gone++;
        continue;
      }
      const v = claim.verdict;
      strata[drawn]![v.startsWith('really') ? 'holds' : v === 'trivial' ? 'trivial' : 'inOther']++;
    }
  }
  return out;
}

/** Share of a stratum's judged claims that hold. */
export const holdShare = (h: StratumVerdicts): number => h.holds / Math.max(1, h.holds + h.inOther + h.trivial);

/** Several strata as one: each stratum's share weighted by how many claims of it the engine makes. */
export function weightedShare(rows: GradedEvidence[], strata: Stratum[]): number {
  let claims = 0;
  let holding = 0;
  for (const r of rows) {
    for (const s of strata) {
      const h = r.strata[s];
      if (!h || h.holds + h.inOther + h.trivial === 0) continue;
      claims += h.claims;
      holding += h.claims * holdShare(h);
    }
  }
  return holding / Math.max(1, claims);
}

/** The strata of several pairs summed. */
export function sumStrata(rows: GradedEvidence[], stratum: Stratum): StratumVerdicts {
  const out = zero();
  for (const r of rows) {
    const h = r.strata[stratum];
    if (!h) continue;
    out.holds += h.holds;
    out.inOther += h.inOther;
    out.trivial += h.trivial;
    out.claims += h.claims;
  }
  return out;
}
