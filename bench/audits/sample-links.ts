/**
 * Draws the sample of links an audit judges: a seeded random choice of the
 * engine's reworded or moved links on one pair (repeats and merges
 * included), written without anything the engine says of them; the key
 * (which were weak links, which repeats) goes to a separate file that the
 * readers are not given. The readers add `verdict` (same / partial / wrong),
 * `better` and `note` to each item (see bench/audits/*.links.json).
 *
 * Usage: tsx bench/audits/sample-links.ts NAME OLD_TEXT NEW_TEXT [COUNT=60] [SEED=1]
 * Writes bench/audits/NAME.links-sample.json and NAME.links-key.json; the readers
 * were given bench/audits/links-prompt.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFiles } from '../../src/pipeline.js';
import { makeRng } from '../lib/prng.js';

const [name, oldSpec, newSpec, count = '60', seed = '1'] = process.argv.slice(2);
if (!name || !oldSpec || !newSpec) throw new Error('usage: tsx bench/audits/sample-links.ts NAME OLD_TEXT NEW_TEXT [COUNT] [SEED]');
process.env.REPORTDIFF_CACHE = 'off';
const diff = await compareFiles(oldSpec, newSpec);
const links = diff.changes.filter((c) => c.old && c.new && (c.kind === 'modified' || c.moved || c.repeats));
const rng = makeRng(Number(seed));
const chosen = rng.sample(links.length, Number(count));
const sample = chosen.map((i, k) => {
  const c = links[i];
  return { id: `${name}-L${k + 1}`, oldSection: c.old!.section.join(' › '), old: c.old!.text, newSection: c.new!.section.join(' › '), new: c.new!.text };
});
const key = Object.fromEntries(chosen.map((i, k) => [`${name}-L${k + 1}`, { weak: !!links[i].weak, repeat: links[i].repeats ?? null, moved: links[i].moved, similarity: links[i].similarity }]));
writeFileSync(join('bench', 'audits', `${name}.links-sample.json`), `${JSON.stringify(sample, null, 1)}\n`);
writeFileSync(join('bench', 'audits', `${name}.links-key.json`), `${JSON.stringify(key, null, 1)}\n`);
console.log(`${name}: ${sample.length} of ${links.length} links sampled (${Object.values(key).filter((k) => k.weak).length} weak, ${Object.values(key).filter((k) => k.repeat).length} repeats)`);
