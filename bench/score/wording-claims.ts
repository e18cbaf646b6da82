import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimTrust, type ClaimTrust, type ReportDiff } from '../../src/report.js';
import { locateDiff } from './locate.js';
import { claimsAt } from './claim-evidence.js';

/**
 * One claim of bench/audits/blind-wording.judged.json: drawn on a pair no
 * audit had read, from the grades the wording rule (`WORDING_ALIKE`) moved
 * and kept, and judged blind.
 */
interface WordingClaim {
  id: string;
  pair: string;
  oldFile: string;
  newFile: string;
  kind: 'new' | 'dropped';
  text: string;
  /** movedSure / sure / movedUnsure / unsure, as drawn. */
  stratum: string;
  verdict: string;
}

/** The sample's pairs, each with its claims. */
export function wordingSamples(root: string): Array<{ pair: string; oldFile: string; newFile: string; claims: WordingClaim[] }> {
  const { claims } = JSON.parse(readFileSync(join(root, 'bench', 'audits', 'blind-wording.judged.json'), 'utf8')) as { claims: WordingClaim[] };
  const pairs = [...new Set(claims.map((c) => c.pair))];
  return pairs.map((pair) => {
    const mine = claims.filter((c) => c.pair === pair);
    return { pair, oldFile: join(root, mine[0].oldFile), newFile: join(root, mine[0].newFile), claims: mine };
  });
}

export type Verdicts = { holds: number; inOther: number; trivial: number };

/** A pair's judged claims by the grade the engine gives them now (`claimTrust`); `gone`, those it no longer makes. */
export function wordingEvidence(claims: WordingClaim[], diff: ReportDiff, oldKey: string, newKey: string): { pair: string; grades: Record<ClaimTrust, Verdicts>; gone: number } {
  const zero = (): Verdicts => ({ holds: 0, inOther: 0, trivial: 0 });
  const grades: Record<ClaimTrust, Verdicts> = { sure: zero(), alike: zero(), unsure: zero(), close: zero() };
  const spans = locateDiff(diff, oldKey, newKey);
  let gone = 0;
  for (const c of claims) {
    const now = claimsAt(diff, spans, { old: oldKey, new: newKey }, c.kind, c.text)[0];
    if (!now?.novel) {
      gone++;
      continue;
    }
    grades[claimTrust(now)][c.verdict.startsWith('really') ? 'holds' : c.verdict === 'trivial' ? 'trivial' : 'inOther']++;
  }
  return { pair: claims[0]?.pair ?? '', grades, gone };
}
