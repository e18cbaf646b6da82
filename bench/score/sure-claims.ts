import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimTrust, type ReportDiff } from '../../src/report.js';
import { locateDiff } from './locate.js';
import { claimsAt, type JudgedClaim } from './claim-evidence.js';

/**
 * How many words the other report never uses split the sure claims of a
 * sure-claims sample (bench/audits/sample-sure-claims.ts) into two halves.
 */
export const MANY_NOVEL_WORDS = 3;

/** Verdicts of one half of a sample: claims the engine still makes, still sure and in that half. */
export interface HalfVerdicts {
  holds: number;
  inOther: number;
  trivial: number;
  /** The engine's sure claims in this half now, on the whole pair: the weight of this half's share in the pair's estimate. */
  claims: number;
}

/** One pair's sample of sure claims against the engine now. */
export interface SureEvidence {
  pair: string;
  /** Naming `MANY_NOVEL_WORDS` or more words the other report never uses. */
  many: HalfVerdicts;
  /** Naming fewer. */
  few: HalfVerdicts;
  /** Judged claims the engine no longer makes, no longer grades sure, or now puts in the other half. */
  gone: number;
}

/** The pairs judged this way: their verdicts (`NAME.sure.judged.json`), the half of each claim (`NAME.sure-key.json`) and texts. */
export function sureSamples(root: string): Array<{ pair: string; oldFile: string; newFile: string; judged: { new: JudgedClaim[]; dropped: JudgedClaim[] }; key: Record<string, { many: boolean }> }> {
  const dir = join(root, 'bench', 'audits');
  return SURE_PAIRS.filter((p) => existsSync(join(dir, `${p}.sure.judged.json`))).map((pair) => {
    const [, a, b] = /^gov-(\d{4})-(\d{4})$/.exec(pair)!;
    return {
      pair,
      oldFile: join(root, 'bench', 'texts', `gov-work-report-${a}.txt`),
      newFile: join(root, 'bench', 'texts', `gov-work-report-${b}.txt`),
      judged: JSON.parse(readFileSync(join(dir, `${pair}.sure.judged.json`), 'utf8')),
      key: JSON.parse(readFileSync(join(dir, `${pair}.sure-key.json`), 'utf8')),
    };
  });
}
const SURE_PAIRS = ['gov-1998-1999', 'gov-2006-2007', 'gov-2009-2010', 'gov-2012-2013'];

const half = (): HalfVerdicts => ({ holds: 0, inOther: 0, trivial: 0, claims: 0 });

/** Splits a pair's judged sure claims by the half they were drawn from, keeping those the engine still makes sure and in that half. */
export function sureEvidence(pair: string, diff: ReportDiff, judged: { new: JudgedClaim[]; dropped: JudgedClaim[] }, key: Record<string, { many: boolean }>, oldKey: string, newKey: string): SureEvidence {
  const out: SureEvidence = { pair, many: half(), few: half(), gone: 0 };
  const isMany = (novel: string[]) => novel.length >= MANY_NOVEL_WORDS;
  for (const c of diff.changes) {
    if ((c.kind === 'new' || c.kind === 'dropped') && c.novel && claimTrust(c) === 'sure') (isMany(c.novel) ? out.many : out.few).claims++;
  }
  const spans = locateDiff(diff, oldKey, newKey);
  for (const kind of ['new', 'dropped'] as const) {
    for (const claim of judged[kind]) {
      const now = claimsAt(diff, spans, { old: oldKey, new: newKey }, kind, claim.text)[0];
      const many = key[claim.id]?.many;
      if (!now?.novel || claimTrust(now) !== 'sure' || isMany(now.novel) !== many) {
        out.gone++;
        continue;
      }
      const v = claim.verdict;
      (many ? out.many : out.few)[v.startsWith('really') ? 'holds' : v === 'trivial' ? 'trivial' : 'inOther']++;
    }
  }
  return out;
}

/** Share of a half's judged claims that hold. */
export const holdShare = (h: HalfVerdicts): number => h.holds / Math.max(1, h.holds + h.inOther + h.trivial);

/** The pairs' sure claims as a whole: each half's share weighted by how many sure claims of that half the engine makes. */
export function weightedSure(rows: SureEvidence[]): number {
  let claims = 0;
  let holding = 0;
  for (const r of rows) {
    for (const h of [r.many, r.few]) {
      if (h.holds + h.inOther + h.trivial === 0) continue;
      claims += h.claims;
      holding += h.claims * holdShare(h);
    }
  }
  return holding / Math.max(1, claims);
}
