/**
 * Every pattern the ingest stage uses, named and tied to the real case that
 * needs it. Repair and decode logic lives elsewhere; this file only says what
 * the artefacts look like.
 */

/** Han ideographs (URO + ext. A + compatibility), the core of "CJK" below. */
const HAN = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
/** CJK punctuation and full-width forms, which never take a space before a digit. */
const CJK_PUNCT = '\\u3001-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65“”‘’—…·';
/** Character class body: a Chinese character or CJK punctuation. */
export const CJK_CLASS = `${HAN}${CJK_PUNCT}`;

/** Han ideograph test, used by width estimates and script detection. */
export const HAN_CHAR = new RegExp(`[${HAN}]`);

/**
 * Zero-width characters. 2017/2021 gov reports carry U+200B page markers
 * (`交出一份人\n\u200b\n民满意`); provincial docx files carry U+200C.
 */
export const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;

/** A line that held only zero-width characters: a page marker, to be deleted outright. */
/**
 * An escape sequence (CSI `ESC[31m`, OSC `ESC]0;title BEL`, or ESC and one
 * character), or a lone C0/C1 control other than tab, line feed, carriage
 * return and form feed. Found in text pasted from a terminal; never report text.
 */
export const TERMINAL_CONTROL =
  // Built from a string: control characters in a regex literal are hard to read and to review.
  new RegExp('\\u001b\\[[0-?]*[ -/]*[@-~]|\\u001b\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)?|\\u001b[@-_]?|[\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f-\\u009f]', 'g');

export const ZERO_WIDTH_ONLY_LINE = /^[\u200B\u200C\u200D\u2060\uFEFF]+$/;

/**
 * Horizontal whitespace incl. NBSP, U+3000 (1997–2002 paragraph indents
 * `\u3000\u3000`) and the typographic spaces U+2002–200A, U+202F, U+205F
 * (web texts indent with em spaces: provincial 2025 shanghai, liaoning).
 */
export const HSPACE_CHARS = ' \t\u00A0\u3000\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F';
/** The same as a regex class, for building rules. */
export const HSPACE = `[${HSPACE_CHARS}]`;

/**
 * Full-width ASCII letters, digits and symbols that are just wide Latin
 * (`１９９６年`, `３．３％` in 1997/2002). CJK punctuation that looks the same
 * in U+FF01–FF5E (，：；！？（）) is left alone: it is proper Chinese punctuation.
 */
export const FULLWIDTH_FOLDABLE = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0B\uFF0D\uFF0E\uFF0F\uFF1D\uFF03\uFF06\uFF0A\uFF20\uFF04\uFF3F]/g;

/**
 * Space between a Chinese character/punctuation and an ASCII letter or digit,
 * either side: PDF extraction pads numbers (`举办 2022 年`, `1.1 亿元`,
 * `运动 100 周年`) and acronyms (`CPTPP 劳工条款`).
 */
export const SPACE_CJK_BEFORE_ALNUM = new RegExp(`(?<=[${CJK_CLASS}])${HSPACE}+(?=[A-Za-z0-9])`, 'g');
export const SPACE_ALNUM_BEFORE_CJK = new RegExp(`(?<=[A-Za-z0-9%.])${HSPACE}+(?=[${CJK_CLASS}])`, 'g');

/**
 * Spaces inside a number: 1998.txt writes `1 9 9 3 年3 月`, `7 4 7 7 2 亿元`,
 * `1 1 ％` and `8 .8 %` (digit, decimal point, percent sign apart).
 */
export const SPACE_IN_NUMBER = /(?<=\d) +(?=[\d.%‰])|(?<=\d\.) +(?=\d)/g;

/**
 * A middle dot for a decimal point: gov 1999 writes `全年增长19·5％`,
 * `上年实际增长4·3％` (read as `3%` otherwise). Only before a percent sign:
 * the provincial reports name events by date with the same dot (`“6·9”`,
 * `“1·24”特大…`).
 */
export const DOT_AS_DECIMAL = /(?<=\d)[·•](?=\d+\s*[%％‰])/g;

/**
 * A justified line with a space between every character, as in acftu-2023
 * `二 是 深 化 长 效 机 制 建 设 。 召 开` and the speaker line `习　近　平` of
 * cpc-congress-report/19–20. Tokens are what lies between single spaces; the
 * line qualifies when most of its characters stand alone as tokens.
 */
export const SPACED_LINE_MIN_TOKENS = 3;
export const SPACED_LINE_SINGLE_SHARE = 0.75;

/**
 * Ends a sentence or clause block: a line ending so is complete and is never
 * joined to the next in line-per-paragraph layouts (2020 one-sentence-per-line;
 * wikisource bold lead sentences `一是…稳住了经济基本盘。` in 2021).
 */
export const TERMINAL_END = /[。！？；：!?…][”’」』）)]*$/;

/**
 * A line ending with an opening bracket or quote continues on the next line:
 * wikisource puts wikilinks on their own line (`要认真贯彻《` / `中华人民共和国公司法` / `》`,
 * `“` / `十三五` / `”实现了良好开局`).
 */
export const OPEN_END = /[《“‘（(「『〈【]$/;

/**
 * Outline markers that start a heading or an enumerated paragraph:
 * `一、` `（二）` `一是` `第一，` `1.`/`1、` (not `1.1`), and the em-dash lead `——`.
 */
export const HEADING_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]|\d{1,2}[.．、](?!\d)|——)/;

/**
 * Section-level headings (`一、` `（二）` `1.`): unlike `一是`, these are
 * standalone lines whose text may wrap without ending punctuation
 * (acftu-2023 `二、2023年工会工作总体要求` / `和主要任务`).
 */
export const SECTION_HEADING_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d))/;

/**
 * A part title on a line of its own, with no outline marker: provincial 2025
 * sichuan's `2024年工作回顾` and `2025年工作安排建议`, tibet's `2025年工作安排`.
 * A year first, then a review or plan word, no punctuation. Never joined to
 * the text around it; structure reads it as the part's heading. Over the
 * corpus, the seeds and the bench texts, these four lines are the only ones.
 */
export const PART_TITLE_LINE = /^(?:19|20)\d\d ?年[^。！？!?，,；;：:、\s]{0,12}(?:回顾|安排|任务|建议|总体要求|重点工作)[^。！？!?，,；;：:、\s]{0,8}$/;

/**
 * A line that starts its own paragraph whatever precedes it: the salutation
 * (2020 TMX `国务院总理 李克强` / `各位代表：`) or an uploader's source line
 * (provincial files: `2025年云南省政府工作报告` / `来源：北京日报`).
 */
export const SALUTATION = /^(?:各位代表|同志们|各位委员|女士们|先生们|来源|作者|日期)[，,：:]/;

/** Whom a speech addresses (`各位代表`, `同志们`): the opening address and the turns to the hall both name them. */
export const HALL = '(?:各位代表|同志们|代表们|各位委员)';
/**
 * The speaker turning to the hall mid-speech (`各位代表！`, `同志们！`; the
 * opening `各位代表：` has a colon). The structure stage reads what follows
 * such a line as the closing text of a section (src/structure/rules.ts
 * `ADDRESS`); ingest only makes sure the line starts a paragraph.
 */
export const ADDRESSEE = `${HALL}\\s*[！!]`;
/** An address right after a sentence end inside a paragraph, where a lost line break glued it on: the paragraph is split before it. */
export const ADDRESS_INSIDE = new RegExp(`(?<=[。！？!?”])\\s*(?=${ADDRESSEE})`, 'g');

/**
 * In line-per-paragraph layouts a line starting with an outline marker and no
 * longer than this is a heading (`一、2019年和今年以来工作回顾` in 2020), so the
 * body on the next line is not glued to it; longer ones are paragraphs that a
 * wikilink cut (2014 `…今年广义货币M` / `2`).
 */
export const MAX_HEADING_CHARS = 40;

/** A bare outline marker alone on its line: 1997/1999 `一是`, 2017 `——`, with the text on the next line. */
export const BARE_MARKER = /^(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、]|——)$/;

/** Sentence-ending punctuation inside a line: a line holding one is a paragraph, not a heading (2017 `——经济运行缓中趋稳、稳中向好。国内生产总值达到74.4`). */
export const SENTENCE_END_INSIDE = /[。！？]/;

/** ASCII word characters on both sides of a line break get a space when joined (English words). */
export const ASCII_LETTER_END = /[A-Za-z]$/;
export const ASCII_LETTER_START = /^[A-Za-z]/;

/**
 * Hard-wrapped layout (acftu-2023: every line ~15–18 chars, a blank line after
 * each). Detection thresholds: median display width in this range, most lines
 * ending mid-sentence, and most widths near the median.
 */
export const HARD_WRAP = {
  minLines: 12,
  minMedianWidth: 8,
  maxMedianWidth: 40,
  minOpenShare: 0.6,
  minNearMedianShare: 0.6,
  nearMedian: 3,
  /** Lines this much narrower than the local typical width are "short". */
  shortBy: 2.5,
  /** A following line this much narrower (but not a stub) is an indented paragraph start. */
  indentBy: 1.5,
  /** Lines narrower than this much are not indents but stubs (last line of a paragraph). */
  indentMaxBy: 4,
  /** Window (each side) for the local typical width: the seed narrows from ~17 to ~16 chars. */
  window: 10,
} as const;

/** Binary sniffing: magic numbers of formats users drop on us by mistake. */
export const BINARY_MAGIC: ReadonlyArray<{ name: string; bytes: number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (docx/xlsx?)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'legacy Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** Share of C0 control characters (other than tab/LF/CR/FF/ESC) above which decoded text is binary. */
export const MAX_CONTROL_SHARE = 0.05;

/** Inputs above this are refused: no annual report is near 64 MB; a 10 MB text must still work. */
export const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Common characters that exist only in Traditional script. Their presence is
 * what makes `compareKey` load OpenCC (slow to load) and `detectScript` say `hant`.
 */
export const TRAD_ONLY =
  '們這個來時會說對國過發經與為麼頭書學還進開關長問間門見現樣電話點實體當變種東車應聽讓從給黨區義務費員產業條際資節標準設據導運歷議觀歡' +
  '頁報務縣農職畫強邊場環萬億總統決濟穩協調檢營織組護衛價廣網礎權勞動勢將術專業構設層圍榮優質歲聯繫鐵橋廠險醫療養陽陰縮減劃區戰爭態較';

/** Simplified counterparts of the above, for telling hans from hant. */
export const SIMP_ONLY =
  '们这个来时会说对国过发经与为么头书学还进开关长问间门见现样电话点实体当变种东车应听让从给党区义务费员产业条际资节标准设据导运历议观欢' +
  '页报县农职画强边场环万亿总统决济稳协调检营织组护卫价广网础权劳动势将术专构设层围荣优质岁联系铁桥厂险医疗养阳阴缩减划战争态较';
