/**
 * Draws the sample of `new` and `dropped` claims an audit judges: a seeded
 * random choice of the engine's claims on one pair, written without anything
 * the engine says about them (no evidence, no flags), so that the readers
 * judge the claim alone. The readers then add `verdict`, `oldQuote` /
 * `newQuote` and `note` to each item (see bench/audits/*.new-dropped.json
 * and the README's Benchmarks section).
 *
 * Usage: tsx bench/audits/sample-claims.ts NAME OLD_TEXT NEW_TEXT [PER_KIND=40] [SEED=1]
 * Writes bench/audits/NAME.sample.json; the readers were given bench/audits/claims-prompt.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFiles } from '../../src/pipeline.js';
import { makeRng } from '../lib/prng.js';

const [name, oldSpec, newSpec, perKind = '40', seed = '1'] = process.argv.slice(2);
if (!name || !oldSpec || !newSpec) throw new Error('usage: tsx bench/audits/sample-claims.ts NAME OLD_TEXT NEW_TEXT [PER_KIND] [SEED]');
process.env.REPORTDIFF_CACHE = 'off';
const diff = await compareFiles(oldSpec, newSpec);
const rng = makeRng(Number(seed));
const out: Record<string, Array<{ id: string; section: string; text: string }>> = {};
for (const kind of ['new', 'dropped'] as const) {
  const claims = diff.changes.filter((c) => c.kind === kind);
  const chosen = rng.sample(claims.length, Number(perKind));
  out[kind] = chosen.map((i, k) => {
    const unit = (claims[i].new ?? claims[i].old)!;
    return { id: `${name}-${kind === 'new' ? 'N' : 'D'}${k + 1}`, section: unit.section.join(' › '), text: unit.text };
  });
}
writeFileSync(join('bench', 'audits', `${name}.sample.json`), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${name}: ${out.new.length} new, ${out.dropped.length} dropped claims sampled`);
