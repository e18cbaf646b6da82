/**
 * yargs reads `--exit-code=maybe` as false, so a typo silently turns the
 * flag off and a CI job that relies on exit 1 passes. A flag given a value
 * must say true or false; anything else is a usage error.
 */
export function badBooleanValue(args: readonly string[], booleans: readonly string[]): string | null {
  const flags = new Set(booleans);
  for (const arg of args) {
    if (arg === '--') break;
    const m = /^--(?:no-)?([^=]+)=(.*)$/s.exec(arg);
    if (!m || !flags.has(m[1]!)) continue;
    if (!/^(?:true|false)$/i.test(m[2]!)) return `--${m[1]} takes no value, or true or false (got “${m[2]}”)`;
  }
  return null;
}
