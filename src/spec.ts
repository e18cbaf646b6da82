import { InputError } from './errors.js';

/** A CLI spec split into its file and part: `FILE#review` → { file: 'FILE', part: 'review' }. */
export function parseSpec(spec: string): { file: string; part: 'all' | 'review' | 'plan' } {
  const m = /^(.*)#(review|plan)$/.exec(spec);
  if (m) return { file: m[1], part: m[2] as 'review' | 'plan' };
  if (/#[^/\\]*$/.test(spec) && !spec.endsWith('#')) {
    const part = spec.slice(spec.lastIndexOf('#') + 1);
    throw new InputError(spec, `unknown part "#${part}" (use #review or #plan)`, 'bad-spec');
  }
  return { file: spec, part: 'all' };
}
