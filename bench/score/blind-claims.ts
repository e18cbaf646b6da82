import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimTrust, type ClaimTrust, type ReportDiff } from '../../src/report.js';
import { locateDiff } from './locate.js';
import { byShareZero, claimsAt, tallySure, verdictOf, type ByShare } from './claim-evidence.js';

/**
 * One claim of a blind set in bench/audits (`blind-wording`,
 * `blind-novel-share`): drawn on a pair no audit had read, from strata of
 * the engine's claims at the time, and judged by a reader never told them.
 */
interface BlindClaim {
  id: string;
  pair: string;
  oldFile: string;
  newFile: string;
  kind: 'new' | 'dropped';
  text: string;
  /** The stratum it was drawn from (the set's `about` says what they are). */
  stratum: string;
  verdict: string;
}

/** The blind sets of claims, by file name in bench/audits (`NAME.judged.json`). */
export type BlindSet = 'blind-wording' | 'blind-novel-share';

/** A set's pairs, each with its claims. */
export function blindClaimSamples(root: string, set: BlindSet): Array<{ pair: string; oldFile: string; newFile: string; claims: BlindClaim[] }> {
  const { claims } = JSON.parse(readFileSync(join(root, 'bench', 'audits', `${set}.judged.json`), 'utf8')) as { claims: BlindClaim[] };
  const pairs = [...new Set(claims.map((c) => c.pair))];
  return pairs.map((pair) => {
    const mine = claims.filter((c) => c.pair === pair);
    return { pair, oldFile: join(root, mine[0].oldFile), newFile: join(root, mine[0].newFile), claims: mine };
  });
}

export type Verdicts = { holds: number; inOther: number; trivial: number };

/**
 * A pair's judged claims by the grade the engine gives them now
 * (`claimTrust`), and those graded sure by `SHARE_BANDS`; `gone`, those it
 * no longer makes.
 */
export function blindClaimEvidence(claims: BlindClaim[], diff: ReportDiff, oldKey: string, newKey: string): { pair: string; grades: Record<ClaimTrust, Verdicts>; sureByShare: ByShare; gone: number } {
  const zero = (): Verdicts => ({ holds: 0, inOther: 0, trivial: 0 });
  const grades: Record<ClaimTrust, Verdicts> = { sure: zero(), alike: zero(), unsure: zero(), close: zero() };
  const sureByShare = byShareZero();
  const spans = locateDiff(diff, oldKey, newKey);
  let gone = 0;
  for (const c of claims) {
    const now = claimsAt(diff, spans, { old: oldKey, new: newKey }, c.kind, c.text)[0];
    if (!now?.novel) {
      gone++;
      continue;
    }
    grades[claimTrust(now)][verdictOf(c.verdict)]++;
    tallySure(sureByShare, now, c.verdict);
  }
  return { pair: claims[0]?.pair ?? '', grades, sureByShare, gone };
}
