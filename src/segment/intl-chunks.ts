/**
 * The segment strings ICU's Intl.Segmenter finds in `text`, found piece by
 * piece. In Node 20 a segmentation's cost grows faster than the text (≈0.05 s
 * for 20,000 characters, ≈0.45 s for 60,000), and past 65,536 UTF-16 units
 * it falls off a cliff: 66,000 characters took 53 s. One long line (a
 * report whose line breaks and punctuation were lost) then hung the terminal
 * UI, or a Japanese `diff`. So a long text is cut first, at most CHUNK units
 * a piece, each cut placed before a character that always starts a segment
 * (after white space or sentence punctuation, where words end; else before
 * a Han character or printable ASCII, where no character cluster continues),
 * and each piece is segmented on its own.
 */
export function intlSegments(segmenter: Intl.Segmenter, text: string): string[] {
  const out: string[] = [];
  for (const piece of safePieces(text)) for (const { segment } of segmenter.segment(piece)) out.push(segment);
  return out;
}

/** `text` cut into pieces of at most CHUNK units, at places no word or character cluster spans (see intlSegments). */
export function safePieces(text: string): string[] {
  if (text.length <= CHUNK) return [text];
  const out: string[] = [];
  for (let from = 0; from < text.length; ) {
    const to = cutAt(text, from);
    out.push(text.slice(from, to));
    from = to;
  }
  return out;
}

const CHUNK = 4096;

/** Where the piece starting at `from` ends. */
function cutAt(text: string, from: number): number {
  const end = from + CHUNK;
  if (end >= text.length) return text.length;
  // A word boundary within the last quarter of the piece, else a cluster boundary, else the hard limit.
  for (let i = end; i > end - CHUNK / 4; i--) if (WORD_END.test(text[i - 1])) return i;
  for (let i = end; i > from + 1; i--) if (startsCluster(text.charCodeAt(i))) return i;
  // Never between the halves of a surrogate pair.
  const c = text.charCodeAt(end);
  return c >= 0xdc00 && c <= 0xdfff ? end - 1 : end;
}

// Not \r: cut between \r and \n, a CRLF would become two clusters.
const WORD_END = /[ \t\n\u3000。，、；：！？．,.;:!?]/;

function startsCluster(c: number): boolean {
  return (c >= 0x21 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}
