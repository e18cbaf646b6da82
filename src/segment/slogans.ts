import { compareKey } from '../ingest/normalize.js';

/**
 * Numbered slogans and the lists they stand for: one report writes
 * `深化“放管服”改革`, the next `必须深化简政放权、放管结合、优化服务改革`;
 * `（一）用改革的办法深入推进“三去一降一补”` stands for `去产能、去库存、去杠杆、
 * 降成本、补短板`. Word overlap sees nothing in common (jieba cuts the quoted
 * slogan into single characters, and none of the list's words is in it).
 * Only lists the corpus reports spell out whole, word for word as here, are
 * listed; a list cut short (the 18th congress's three 自信, the older four
 * 建设 of `四位一体`) is another thing and names no slogan.
 */
const SLOGANS: ReadonlyArray<readonly [slogan: string, members: readonly string[]]> = [
  ['放管服', ['简政放权', '放管结合', '优化服务']],
  ['三去一降一补', ['去产能', '去库存', '去杠杆', '降成本', '补短板']],
  ['六保', ['保居民就业', '保基本民生', '保市场主体', '保粮食能源安全', '保产业链供应链稳定', '保基层运转']],
  ['四个意识', ['政治意识', '大局意识', '核心意识', '看齐意识']],
  ['四个自信', ['道路自信', '理论自信', '制度自信', '文化自信']],
  ['三大攻坚战', ['防范化解重大风险', '精准脱贫', '污染防治']],
  ['五位一体', ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设']],
];

/**
 * The comparison terms of the slogans a unit's text names, by the slogan
 * itself (quoted or not: `坚决打好三大攻坚战`, which jieba cuts as 三大/攻坚战)
 * or by its whole list of members, in any order. The list's own words stay
 * terms as well: a clause that names one member (`进一步简政放权`) is still
 * alike to the list. Read on the text as written: the slogans are the
 * mainland's, in simplified characters.
 */
export function sloganTermsOf(text: string): string[] {
  // One regex test per unit: a slogan test per unit cost a cold `diff` ≈9 ms, where most units name none.
  if (!ANY_SLOGAN.test(text)) return NONE;
  let out: string[] | undefined;
  for (const [slogan, members] of SLOGANS) {
    if (text.includes(slogan) || spells(text, members)) (out ??= []).push(compareKey(slogan));
  }
  return out ?? NONE;
}
const NONE: string[] = [];
/** Every slogan and the first member of its list: a text naming none of them names no slogan. */
const ANY_SLOGAN = new RegExp(SLOGANS.flatMap(([slogan, members]) => [slogan, members[0]]).join('|'), 'u');

/**
 * The member words of the slogans a unit's text spells out whole, for each
 * such slogan's term: where the other report names the slogan, those words
 * are not words it never uses.
 */
export function spelledOutSlogans(text: string): Array<{ term: string; members: readonly string[] }> {
  const out: Array<{ term: string; members: readonly string[] }> = [];
  if (!ANY_SLOGAN.test(text)) return out;
  for (const [slogan, members] of SLOGANS) if (spells(text, members)) out.push({ term: compareKey(slogan), members });
  return out;
}

/** Whether a text holds every member of a list, in any order. */
const spells = (text: string, members: readonly string[]) => members.every((m) => text.includes(m));
