import type { Rng } from '../lib/prng.js';
import { ENUM_OPENER } from '../lib/rules.js';

/** Spaces around digit runs, as PDF extraction leaves them: `举办 2022 年“中国梦`. */
function spaceNumbers(line: string, rng: Rng): string {
  return line.replace(/\d+(?:\.\d+)?/g, (m) => (rng.chance(0.7) ? ` ${m} ` : m)).trim();
}

/**
 * Re-wraps paragraphs the way seeds/acftu-2023.txt was extracted from PDF:
 * a hard break every ~16 chars, a blank line after every line (paragraph
 * ends look like any other break), spaces around numbers and now and then a
 * line spaced out char by char (`二 是 深 化 长 效 机 制 建 设 。`).
 * Only whitespace is added, so the compare key is unchanged.
 */
export function pdfWrap(paragraphs: string[], rng: Rng): string {
  const width = rng.int(15, 17);
  const lines: string[] = [];
  for (const para of paragraphs) {
    const chars = [...para];
    const spacedFirst = ENUM_OPENER.test(para) ? rng.chance(0.4) : rng.chance(0.03);
    for (let i = 0; i < chars.length; i += width) {
      const piece = chars.slice(i, i + width).join('');
      lines.push(i === 0 && spacedFirst ? [...piece].join(' ') : spaceNumbers(piece, rng));
    }
  }
  return lines.join('\n\n') + '\n';
}
