import type { Diagnostic } from '../report.js';
import { oneLine, printable } from './printable.js';

/**
 * Warnings about the input (a report that starts past its first heading,
 * bytes that were not valid text) go to stderr, one line each, so that
 * stdout holds the result alone (`diff A B > out.md`); JSON also carries
 * them as data, in its `diagnostics`.
 */
export function writeWarnings(diagnostics: readonly Diagnostic[], stderr: { write(s: string): unknown } = process.stderr): void {
  // `FILE#review FILE#plan` reads one file twice: say each thing once.
  const said = new Set<string>();
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    const line = `reportdiff: ${d.severity}: ${d.file ? `${printable(d.file)}: ` : ''}${oneLine(d.message)}\n`;
    if (said.has(line)) continue;
    said.add(line);
    stderr.write(line);
  }
}
