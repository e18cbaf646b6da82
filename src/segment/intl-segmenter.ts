import type { Segmenter } from './segmenter.js';
import { intlSegments } from './intl-chunks.js';

/**
 * Word segmentation from ICU (Intl.Segmenter) for Japanese and Korean, which
 * jieba's Chinese dictionary cuts into single characters. ICU's dictionary
 * segmenter knows Japanese words; for Korean it splits at spaces, which is how
 * Korean marks words.
 */
export function intlSegmenter(locale: 'ja' | 'ko'): Segmenter {
  const seg = new Intl.Segmenter(locale, { granularity: 'word' });
  const extra = new Set<string>();
  return {
    name: `intl-${locale}`,
    cut(text) {
      const out = intlSegments(seg, text);
      if (!extra.size) return out;
      // Re-join pieces that spell a word the user added.
      const merged: string[] = [];
      for (let i = 0; i < out.length; i++) {
        let joined = false;
        for (let j = Math.min(out.length, i + 6); j > i + 1; j--) {
          const w = out.slice(i, j).join('');
          if (extra.has(w)) {
            merged.push(w);
            i = j - 1;
            joined = true;
            break;
          }
        }
        if (!joined) merged.push(out[i]);
      }
      return merged;
    },
    addWord: (w) => {
      extra.add(w);
    },
  };
}
