import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportDiff } from '../../src/report.js';
import { buildSummary } from '../../src/summary/index.js';
import { verdictOf } from './claim-evidence.js';
import type { Verdicts } from './blind-claims.js';

/**
 * One claim of bench/audits/blind-headline.judged.json: among the first the
 * summary listed in its part when drawn, judged by a reader who was shown
 * the claims of one list, shuffled.
 */
interface HeadlineClaim {
  pair: string;
  oldFile: string;
  newFile: string;
  kind: 'new' | 'dropped';
  part: 'plan' | 'review';
  text: string;
  verdict: string;
  /** The counterpart the reader quoted from the other report (`in-old`, `in-new`), else empty. */
  quote: string;
  /** `before`: in the lists as first drawn; `after`: brought into them by a later change to the rules, judged then. */
  drawn: 'before' | 'after';
}

/** A pair's judged claims, with the files to compare. */
export function headlineSamples(root: string): Array<{ pair: string; oldFile: string; newFile: string; claims: HeadlineClaim[] }> {
  const { claims } = JSON.parse(readFileSync(join(root, 'bench', 'audits', 'blind-headline.judged.json'), 'utf8')) as { claims: HeadlineClaim[] };
  return [...new Set(claims.map((c) => c.pair))].map((pair) => {
    const mine = claims.filter((c) => c.pair === pair);
    return { pair, oldFile: join(root, mine[0].oldFile), newFile: join(root, mine[0].newFile), claims: mine };
  });
}

/** The lists of one pair: what the readers said of each claim the summary lists first now, and how many it lists that no reader saw. */
export type HeadlineTally = Record<`${'new' | 'dropped'} ${'plan' | 'review'}`, Verdicts & { unjudged: number }>;

/**
 * The claims `buildSummary` lists first now (each part's capped list, as
 * the Markdown and text summaries show it), by the readers' verdicts. A
 * claim is matched by its pair, kind and text: the lists quote unit texts.
 */
export function headlineTally(claims: HeadlineClaim[], diff: ReportDiff): HeadlineTally {
  const verdicts = new Map(claims.map((c) => [`${c.kind}\u0000${c.text}`, c.verdict]));
  const zero = () => ({ holds: 0, inOther: 0, trivial: 0, unjudged: 0 });
  const tally: HeadlineTally = { 'new plan': zero(), 'new review': zero(), 'dropped plan': zero(), 'dropped review': zero() };
  const summary = buildSummary(diff);
  for (const [kind, groups] of [['new', summary.added], ['dropped', summary.dropped]] as const) {
    for (const g of groups) {
      if (g.part !== 'plan' && g.part !== 'review') continue;
      const cell = tally[`${kind} ${g.part}`];
      for (const item of g.claims.items) {
        const v = verdicts.get(`${kind}\u0000${item.text}`);
        if (v === undefined) cell.unjudged++;
        else cell[verdictOf(v)]++;
      }
    }
  }
  return tally;
}
