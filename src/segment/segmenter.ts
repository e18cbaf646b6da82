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
}

export type SegmenterName = 'node-rs' | 'nodejieba';
