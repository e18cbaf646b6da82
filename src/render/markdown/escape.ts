/**
 * Escaping for text quoted from reports into GitHub-flavoured Markdown.
 * Report text is mostly CJK, but PDF extraction and English names bring in
 * `*`, `_`, `<`, `|` and `$` (which GitHub renders as maths), so every quote
 * goes through here before it meets Markdown or the `<ins>`/`<del>` tags.
 */

/** Markdown punctuation that can start or end inline formatting anywhere in a line (`(` only matters after `]`, which is escaped). */
const MARKDOWN_SPECIAL = /[\\`*_[\]#+!|~$]/g;

/** Escapes one piece of inline text: HTML entities first, then Markdown punctuation; newlines become spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_SPECIAL, '\\$&');
}
