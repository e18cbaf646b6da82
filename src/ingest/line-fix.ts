import {
  DOT_AS_DECIMAL,
  FULLWIDTH_FOLDABLE,
  HSPACE,
  HSPACE_CHARS,
  SPACE_ALNUM_BEFORE_CJK,
  SPACE_IN_NUMBER,
  SPACE_CJK_BEFORE_ALNUM,
  SPACED_LINE_MIN_TOKENS,
  SPACED_LINE_SINGLE_SHARE,
  ZERO_WIDTH,
} from './rules.js';

/** Counts of what the line repairs changed, for `info` diagnostics. */
export interface LineFixCounts {
  spacedLines: number;
  numberSpaces: number;
  /** Lines where a middle dot stood for a decimal point (`19·5％`). */
  decimalDots: number;
  fullwidth: number;
}

export function emptyCounts(): LineFixCounts {
  return { spacedLines: 0, numberSpaces: 0, fullwidth: 0, decimalDots: 0 };
}

const ONE_SPACE = new RegExp(HSPACE);
/** Horizontal space at a line's ends, trimmed by scanning: the regex `\s+$` retries at every space of a long inner run (quadratic: 100k spaces took 8 s). */
function trimEdgeSpace(line: string): string {
  let from = 0;
  let to = line.length;
  while (from < to && HSPACE_CHARS.includes(line[from])) from++;
  while (to > from && HSPACE_CHARS.includes(line[to - 1])) to--;
  return from === 0 && to === line.length ? line : line.slice(from, to);
}
const SPACED_GAP = new RegExp(`(?<![A-Za-z])${HSPACE}(?![A-Za-z])`, 'g');

/** Full-width digit/letter/symbol → ASCII (`１９９６年` → `1996年`); CJK punctuation untouched. */
export function foldFullwidth(text: string): string {
  return text.replace(FULLWIDTH_FOLDABLE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * True for a justified line that has a space between every character
 * (acftu-2023 `二 是 深 化 长 效 机 制 建 设 。 召 开`), as opposed to a line
 * with a real space in a slogan (`十大 建功新时代”为主题…`).
 */
export function isLetterSpaced(line: string): boolean {
  const tokens = line.split(ONE_SPACE);
  if (tokens.length < SPACED_LINE_MIN_TOKENS || tokens.some((t) => t === '')) return false;
  // Weigh by characters, so `1 9 9 8 年是全面贯彻…` (1998.txt, a long tail) does not qualify.
  const lengths = tokens.map((t) => [...t].length);
  const total = lengths.reduce((a, b) => a + b, 0);
  const inSingles = lengths.filter((n) => n === 1).length;
  return inSingles / total >= SPACED_LINE_SINGLE_SHARE;
}

/**
 * Repairs one physical line: strips zero-width characters and edge spaces
 * (incl. U+3000 indents), closes up letter-spaced lines, folds full-width
 * ASCII and removes spaces between Chinese and numbers/acronyms and inside
 * digit runs. Spaces between two Chinese words that are not letter-spaced stay.
 */
export function fixLine(raw: string, counts: LineFixCounts): string {
  let line = trimEdgeSpace(raw.replace(ZERO_WIDTH, ''));
  if (line === '') return line;
  if (isLetterSpaced(line)) {
    counts.spacedLines++;
    line = line.replace(SPACED_GAP, '');
  }
  const folded = foldFullwidth(line);
  if (folded !== line) counts.fullwidth++;
  line = folded;
  const dotted = line.replace(DOT_AS_DECIMAL, '.');
  if (dotted !== line) counts.decimalDots++;
  return closeNumberSpaces(dotted, counts);
}

/** Removes spaces that PDF/wiki extraction put around numbers (`举办 2022 年`, `1 9 9 3 年`). */
export function closeNumberSpaces(line: string, counts: LineFixCounts): string {
  const out = line
    .replace(SPACE_IN_NUMBER, '')
    .replace(SPACE_CJK_BEFORE_ALNUM, '')
    .replace(SPACE_ALNUM_BEFORE_CJK, '');
  if (out !== line) counts.numberSpaces++;
  return out;
}
