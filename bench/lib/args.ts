/** `--name value` / `--name=value` from argv, else the fallback. */
export function argValue(argv: string[], name: string, fallback: string): string {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) return argv[i + 1] ?? fallback;
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return fallback;
}

/** Median of numbers (0 for none). */
export function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Pads a cell to a display width, counting CJK chars as two columns. */
export function pad(s: string, width: number, right = false): string {
  const w = [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const fill = ' '.repeat(Math.max(0, width - w));
  return right ? fill + s : s + fill;
}

/** A plain text table: first column left-aligned, the rest right-aligned. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(...[h, ...rows.map((r) => r[i] ?? '')].map((c) => pad(c, 0).length + [...c].filter((ch) => /[\u1100-\uffff]/.test(ch)).length)));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i], i > 0)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
