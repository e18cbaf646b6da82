/**
 * Patterns for spotting figures in report text. Only numbers with a unit are
 * figures worth reporting: bare numbers are mostly years (2024年) or list
 * markers, and those change every year without saying anything.
 */

/**
 * Units; the pattern tries them longest first so `万亿元` wins over `亿元`,
 * `万亿斤` over `万亿` and `个百分点` over `个`.
 * Each is a unit the Government Work Reports put numbers in, e.g.
 * `国内生产总值超过126万亿元`, `城镇新增就业1244万人`, `增长5.2%`,
 * `下降0.1个百分点`, `新增13个`, `实施102项`, `2.3万名`, `4.8万家`,
 * `粮食产量1.3万亿斤以上` (斤 listed so the figure is not cut to `1.3万亿`).
 */
const UNITS = [
  '万亿美元', '万亿元', '亿美元', '万亿', '亿元', '万元', '美元', '元',
  '亿人次', '万人次', '人次', '亿人', '万人', '人',
  '个百分点', '%', '％', '个', '项', '名', '家',
  '万户', '户', '万辆', '辆', '亿吨', '万吨', '吨', '亿千瓦', '万千瓦', '千瓦',
  '万公里', '公里', '万亩', '亿亩', '亩', '万亿斤', '亿斤', '斤', '万套', '套', '所', '座', '倍',
];

/**
 * A figure: digits (with a decimal point or thousands commas), an optional
 * `多`/`余` (`1亿多人` style approximations: `3000多万人`), then a unit.
 * Named groups: `value`, `unit`.
 */
export const FIGURE = new RegExp(
  `(?<value>\\d+(?:[.,]\\d+)*)(?:多|余)?(?<unit>${[...UNITS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`,
  'gu',
);

/** Clause punctuation that bounds the context quoted around a figure (`，增长5.2%，` stops at the commas). */
export const CONTEXT_STOP = /[，。；：、！？,;:!?\n（）()“”]/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
