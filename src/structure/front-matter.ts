import { FRONT_MATTER_MAX_CHARS, FRONT_MATTER_MAX_PARAGRAPHS, OPENING_ADDRESS, OPENING_ADDRESS_GLUED } from './rules.js';

export interface FrontMatter {
  /** The front matter's lines as written (title, source, dateline, speaker). */
  lines: string[];
  /** Where the speech starts in the text: its opening address; 0 when there is no front matter. */
  end: number;
}

/**
 * The lines before a speech's opening address: 2024's `政府工作报告`,
 * `——2024年3月5日在第十四届全国人民代表大会第二次会议上`, `国务院总理李　强`;
 * a provincial file's `来源：北京日报`; a congress report's two-line title and
 * `（2022年10月16日）`. They say when and by whom a report was given, not
 * what it says: compared, one report's dateline was claimed dropped when the
 * other's text had none (2024 → 2025), or linked to the other's opening
 * sentence (2017 → 2018's `政府工作报告` → `向大会报告过去五年政府工作`).
 */
export function findFrontMatter(text: string): FrontMatter {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line) {
      if (OPENING_ADDRESS.test(line)) return lines.length ? { lines, end: start } : NONE;
      const glued = OPENING_ADDRESS_GLUED.exec(line);
      const own = glued ? line.slice(0, glued.index).trim() : line;
      if (own.length > FRONT_MATTER_MAX_CHARS || lines.length === FRONT_MATTER_MAX_PARAGRAPHS) return NONE;
      lines.push(own);
      if (glued) return { lines, end: text.indexOf(glued[0], start) };
    }
    start = end + 1;
  }
  return NONE;
}

const NONE: FrontMatter = { lines: [], end: 0 };
