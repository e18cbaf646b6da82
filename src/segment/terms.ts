import { GENRE_WORD_SHARE } from './genre-words.js';
import { termForms } from './aliases.js';

/**
 * Which tokens carry meaning when two units are compared, and how much.
 * Weighting lives in align/; this file only says what a token is.
 */

/** Function words and particles: never evidence that two units say the same thing. */
const STOP = new Set(
  '的 地 得 和 与 及 以及 或 并 并且 而 了 着 过 在 是 为 对 把 将 由 从 向 以 于 之 其 等 等等 个 这 那 此 各 每 我们 我 你 他 她 它 它们 要 也 都 又 还 更 就 才 已 已经 中 上 下 里 内 外 后 前 年 月 日 今年 去年 明年 一 一些 有 有的 所 所有 不 没有 到 被 让 使 给 向着 通过 按照 根据 围绕 坚持'.split(' '),
);

/**
 * Words so common in work reports that sharing them says little: the
 * “加强和改进…” / “完善…机制” look-alikes the matcher must not link. They keep
 * a small weight so that a pair differing only in them still scores high.
 */
const BOILERPLATE = new Set(
  ('加强 强化 完善 健全 推进 推动 深化 实施 落实 贯彻 支持 促进 提高 提升 加快 加大 扩大 持续 继续 深入 扎实 积极 稳步 大力 进一步 全面 切实 着力 不断 有效 ' +
    '政策 机制 体系 制度 建设 发展 工作 水平 能力 服务 保障 力度 措施 作用 领域 重点 重要 重大 主要 相关 有关 基本 ' +
    '开展 组织 建立 改革 创新 管理 质量 问题 方面 任务 目标 要求 部署 更加 进行 实现 形成 取得 成效 新 好 高 大 多 ' +
    '全国 各级 广大 我国 国家 社会 经济 一批 一系列 统筹 协调 规范 优化 保持 巩固 增强 稳定 安全 ' +
    '体制机制 长效机制 工作机制 体制 政策体系 制度体系 服务体系 治理体系 有序 合理 积极稳妥 高质量 扎实推进 深入推进 大力发展 加快推进 不断完善 做好 抓好 用好 确保 坚决 依法 ' +
    // Stock political formulas: every report repeats them in many sections, so sharing one
    // (向国际劳工界宣传习近平新时代中国特色社会主义思想 / 坚持以习近平新时代中国特色社会主义思想为指导) links nothing.
    '习近平 习近平新时代中国特色社会主义思想 新时代 中国特色社会主义 社会主义 思想 党中央 党的二十大 党的二十大精神 二十大 党的十九大 十九大 精神 指导 ' +
    '新发展理念 高质量发展 以人民为中心 中国式现代化 现代化 两个确立 两个维护 核心 同志 团结 奋斗').split(' '),
);

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const CJK = /\p{Script=Han}/u;
/** Hiragana alone (with the long-vowel mark): Japanese particles and endings (から, ため, ます), never a name or a topic. */
const HIRAGANA_ONLY = /^[\u3041-\u309fー]+$/;
const NUMBER = /^[\d.,，%]+$/;

/** True when a token is worth comparing at all (not punctuation, space, a stop word or a bare number). */
export function isTerm(token: string): boolean {
  if (!HAS_WORD_CHAR.test(token) || STOP.has(token) || NUMBER.test(token)) return false;
  // Lone CJK characters are what jieba leaves of words it does not know; they
  // match across unrelated units too easily to count as evidence.
  if (token.length === 1 && CJK.test(token)) return false;
  // Japanese text is cut by ICU, which keeps its particles as words of their own.
  if (HIRAGANA_ONLY.test(token)) return false;
  return true;
}

/** Multiplier on a term's rarity weight: boilerplate counts for little. */
export function termPrior(term: string): number {
  return BOILERPLATE.has(term) ? 0.25 : 1;
}

/**
 * True for genre vocabulary: a word most reports of the genre use (作出, 部署,
 * 粮食 are in nine of ten). Such a word can be rare inside one report pair,
 * but sharing it does not show that two units name the same initiative.
 * (Down-weighting these words in the similarity itself scored worse on the
 * benchmark's hand labels; they only lose the right to anchor a link.)
 */
export function isGenreWord(term: string): boolean {
  // A term that stands for a short form too (segment/aliases.ts) is genre vocabulary when either form is.
  return termForms(term).some((form) => (GENRE_WORD_SHARE.get(form) ?? 0) >= GENRE_SHARE);
}
const GENRE_SHARE = 0.8;

/**
 * Words that only carry a figure: when, compared with what, how it moved
 * and its unit (`比上年增加349亿元`, `比上年增长19.2%`). A clause made of
 * these names no measure; the one before it does. Nor does sharing one
 * show two clauses to be one item, so none anchors a link (term-index.ts).
 * (The summary reads a figure's measure from the text with its own, longer
 * list of such words, `STOCK` in summary/number-rules.ts; these are the
 * ones jieba cuts as terms.)
 */
const FIGURE_WORDS = new Set(
  // Single characters (元, 项, 倍) are no terms at all (`isTerm`).
  ('上年 去年 今年 全年 当年 年末 年底 年初 同期 比上年 比去年 同比 增加 增长 减少 下降 提高 降低 上升 上涨 增幅 涨幅 降幅 实际 名义 ' +
    '达到 超过 突破 分别 平均 年均 累计 左右 以上 以内 以下 其中 合计 总计 多万 万多 亿多 多亿 ' +
    '万亿元 亿元 万元 亿美元 美元 亿人 万人 人次 万人次 亿人次 百分点 个百分点 万吨 亿吨 千瓦 万千瓦 亿千瓦 公里 万公里 万亩 亿亩 亿斤 万亿斤 万套').split(' '),
);

/** True for a word that only carries a figure (`FIGURE_WORDS`). */
export function isFigureWord(term: string): boolean {
  return FIGURE_WORDS.has(term);
}
