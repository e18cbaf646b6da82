/** ANSI styles, or markers that read without colour (wdiff's `[-…-]` / `{+…+}`). */
export interface Style {
  ins(s: string): string;
  del(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  kind(kind: string, s: string): string;
}

const sgr = (code: string, s: string) => `\x1b[${code}m${s}\x1b[0m`;

const KIND_COLOR: Record<string, string> = { new: '32', dropped: '31', modified: '33', carried: '2', moved: '36' };

/** Style for a coloured terminal, or plain markers when `color` is false. */
export function makeStyle(color: boolean): Style {
  if (!color) {
    return { ins: (s) => `{+${s}+}`, del: (s) => `[-${s}-]`, dim: (s) => s, bold: (s) => s, kind: (_k, s) => s };
  }
  return {
    ins: (s) => sgr('32;4', s),
    del: (s) => sgr('31;9', s),
    dim: (s) => sgr('2', s),
    bold: (s) => sgr('1', s),
    kind: (k, s) => sgr(KIND_COLOR[k] ?? '0', s),
  };
}
