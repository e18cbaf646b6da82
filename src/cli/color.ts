/**
 * Whether to colour output. `auto` colours a terminal unless NO_COLOR is set
 * (https://no-color.org: any non-empty value) or TERM is dumb; FORCE_COLOR
 * wins in auto the way chalk users expect.
 */
export function resolveColor(flag: 'auto' | 'always' | 'never', stream: NodeJS.WriteStream): boolean {
  if (flag === 'always') return true;
  if (flag === 'never') return false;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  if (process.env.TERM === 'dumb') return false;
  return Boolean(stream.isTTY);
}
