import type { Section } from '../report.js';

/**
 * A section without heading after headed siblings: a section's closing text
 * after its subsections, opened by an address to the hall or by the review's
 * turn to its problems (src/structure/outline.ts); not the placeholder for a
 * heading lost before the text starts (acftu-2023), which comes first.
 */
export function isClosingText(sections: readonly Section[], id: number): boolean {
  const s = sections[id];
  if (!s || s.heading !== null || s.level < 2) return false;
  for (let k = id - 1; k > 0 && k > s.parentId!; k--) if (sections[k].parentId === s.parentId && sections[k].heading !== null) return true;
  return false;
}

/**
 * How the sections table names closing text: after its parent's path, which
 * its units carry as their own, so that the row is not read as the parent's
 * opening text (`2023年工作回顾 › (closing text)`).
 */
export const CLOSING_TEXT = '(closing text)';
