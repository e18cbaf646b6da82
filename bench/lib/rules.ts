/**
 * Patterns used by the benchmark (generator, baseline, scorer) — one place,
 * each with the real text that needs it.
 */

/** Sentence end: `。！？` — the baseline cuts sentences here; a closing quote after it stays with the sentence (`……”。`). */
export const SENTENCE_END = /[。！？]/;
/** Chars that close a sentence but are followed by a closing quote in the seeds, e.g. `“千万工程”。`. */
export const SENTENCE_END_CHARS = '。！？';
export const CLOSING_QUOTES = '”’」』）';

/** Chinese numerals used in outline markers. */
export const CN_NUM = '一二三四五六七八九十';
/** A top-level heading line: `三、2024年政府工作任务`. */
export const TOP_HEADING = /^([一二三四五六七八九十]+)、/;
/** A sub-section heading line: `（一）大力推进现代化产业体系建设，…` (gov reports) or `（二）在新的起点上…` (acftu). */
export const SUB_HEADING = /^（([一二三四五六七八九十]+)）/;
/** An outline marker anywhere in whitespace-free text (`三、`, `（五）`): donor sentences with one are skipped. */
export const MARKER_IN_KEY = /[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）/;
/**
 * Where the baseline sees a heading in whitespace-free text: a marker at the
 * start or right after a sentence end, e.g. `…圆满完成。（二）围绕推动…`.
 */
export const HEADING_IN_KEY = /(?:^|(?<=[。！？：”]))(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/g;

/**
 * Whitespace the engine removes when it builds its compare key (PDF breaks,
 * `举办 2022 年`, `二 是 深 化`), zero-width characters included (the U+200B
 * page markers of 2017/2021).
 */
export const WHITESPACE = /[\s\u3000\u00a0\u200b-\u200d\u2060]+/g;
/** One character of WHITESPACE. */
export const WHITESPACE_CHAR = /[\s\u3000\u00a0\u200b-\u200d\u2060]/;
/** A line of only zero-width characters: a page marker inside a sentence (2017 `…220项` / U+200B / `职业资格许可认定事项。`). */
export const ZERO_WIDTH_LINE = /^[\u200B\u200C\u200D\u2060\uFEFF]+$/;

/** A run of ASCII digits (with decimals) — reworded numbers and PDF spacing `改革 5 年来`. */
export const NUMBER_RUN = /\d+(?:\.\d+)?/g;

/** Enumerators that open a paragraph in the acftu report: `二是深化长效机制建设。` — PDF extraction spaces these out. */
export const ENUM_OPENER = /^[一二三四五六七八九十]+是/;

/**
 * Verb swaps an editor makes between years (`稳步实施城市更新行动` → `持续推进城市更新`).
 * Each pair is applied old → new.
 */
export const VERB_SWAPS: Array<[string, string]> = [
  ['推进', '推动'],
  ['加强', '强化'],
  ['实施', '推进'],
  ['促进', '推动'],
  ['提高', '提升'],
  ['完善', '健全'],
  ['扩大', '拓展'],
  ['支持', '扶持'],
  ['深化', '深入推进'],
  ['加快', '加速'],
  ['坚持', '始终坚持'],
  ['积极', '大力'],
];

/** Clauses an editor adds; generic on purpose so they do not match a real sentence elsewhere. */
export const ADDED_CLAUSES = [
  '切实增强工作的系统性和协同性',
  '确保各项举措落地见效',
  '让群众有更多实实在在的获得感',
  '着力破解制约发展的突出问题',
  '进一步激发各类主体活力',
  '稳妥有序推进试点示范',
];
