/**
 * Word segmentation behind one small interface, so the backend can be
 * swapped (nodejieba, @node-rs/jieba, a fallback for Japanese/Korean) without
 * touching the stages that consume tokens.
 */
export interface Segmenter {
  readonly name: string;
  /** Cut text into tokens whose concatenation is exactly `text`. */
  cut(text: string): string[];
  /** Teach the segmenter a word so it stays whole. */
  addWord(word: string): void;
  /**
   * The shorter words inside a word (贯彻落实 → 贯彻, 落实), jieba's search
   * mode, so two units that cut one phrase at different granularity still
   * share terms. Optional: a backend without it just has no sub-words.
   */
  subWords?(word: string): string[];
  /**
   * Batch forms of `cut` and `subWords`. Optional; a backend that answers
   * from another thread has them, so a report costs one round trip instead
   * of one per paragraph and word.
   */
  cutMany?(texts: string[]): string[][];
  subWordsMany?(words: string[]): string[][];
  /**
   * A hint that `cutMany(texts)` with exactly these texts is coming: a
   * backend on another thread starts on them now (and on their sub-words).
   * Optional; without it nothing happens until the cut is asked for.
   */
  prefetch?(texts: string[]): void;
  /** Frees what the backend holds (a thread and its dictionary); the segmenter is not used after. */
  release?(): void;
}

/** Words this long or longer are split into the words inside them (tokenize-report.ts; the jieba thread sends these ahead). */
export const SPLIT_MIN_LENGTH = 3;

/** The jieba backends, as `--segmenter` names them. */
export const SEGMENTER_NAMES = ['node-rs', 'nodejieba'] as const;
export type SegmenterName = (typeof SEGMENTER_NAMES)[number];

/** Cuts every text, in one batch when the segmenter has one. */
export function cutAll(segmenter: Segmenter, texts: string[]): string[][] {
  if (!texts.length) return [];
  return segmenter.cutMany ? segmenter.cutMany(texts) : texts.map((t) => segmenter.cut(t));
}

/** The sub-words of every word, in one batch when the segmenter has one; empty lists without sub-words. */
export function subWordsAll(segmenter: Segmenter, words: string[]): string[][] {
  if (!words.length) return [];
  if (segmenter.subWordsMany) return segmenter.subWordsMany(words);
  return words.map((w) => segmenter.subWords?.(w) ?? []);
}
