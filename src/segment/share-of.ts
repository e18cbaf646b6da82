/**
 * A figure stated as a share of GDP (`数字经济核心产业增加值占国内生产总值比重
 * 达到10%左右`) measures its subject, not GDP: GDP is only the whole it is a
 * share of. As words, though, 国内生产总值 is one of the heaviest a clause can
 * share, so every such share met every GDP target: over the 82 corpus pairs,
 * 22 links joined two clauses that both named GDP, one or both as a share's
 * whole, and about half of them shared nothing else that names anything
 * (2025's digital-economy share as a second mention of 2024's target
 * `国内生产总值增长5%左右`; 2008's `占国内生产总值比重从1.07%提高到1.49%` with 2009's deficit
 * `占国内生产总值比重在3%以内`, each clause's subject in the clause before).
 */

/**
 * The phrases that make GDP a share's whole, as a pattern's source: the
 * summary strips them (and a bare `比重`, `占比`) from a figure's measure
 * (`SHARE_OF` in summary/number-rules.ts).
 */
export const SHARE_OF_GDP_SOURCE = '占?(?:国内生产总值|GDP)中?的?(?:比重|之比|比例)|在(?:国内生产总值|GDP)中的比重|与(?:国内生产总值|GDP)之比';
const SHARE_OF_GDP = new RegExp(SHARE_OF_GDP_SOURCE, 'gu');
const NAMES_GDP = /国内生产总值|GDP/u;

/** Where `text` names GDP as a share's whole: [start, end) of each phrase. */
export function shareOfGdpSpans(text: string): Array<[number, number]> {
  if (!NAMES_GDP.test(text)) return NO_SPANS;
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(SHARE_OF_GDP)) out.push([m.index, m.index + m[0].length]);
  return out;
}
const NO_SPANS: Array<[number, number]> = [];
