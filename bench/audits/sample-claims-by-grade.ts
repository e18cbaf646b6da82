/**
 * Draws a sample of `new` and `dropped` claims on one pair by how far the
 * engine trusts them (`claimTrust`), the same number from each stratum, for
 * blind readers to judge on pairs whose claims no one had read:
 *
 * - `sure`: the surest claims, half naming at least `MANY_NOVEL_WORDS`
 *   words the other report never uses (`many`) and half naming fewer
 *   (`few`): on the fourteen audits the first held more often (82%
 *   against 69%); does it out of sample, and how often does a sure claim
 *   hold there?
 * - `graded`: the other grades, `alike`, `unsure` and `close`: do their
 *   shares on the audits (50%, 46%, 31%) hold out of sample?
 *
 * Each stratum is a seeded random choice; the sample is written in reading
 * order without anything the engine says about a claim, and the key (the
 * stratum of each claim, the words it names) goes to a file of its own that
 * the readers are not given.
 *
 * Usage: tsx bench/audits/sample-claims-by-grade.ts sure|graded NAME OLD_TEXT NEW_TEXT [PER_STRATUM] [SEED=1]
 * Writes bench/audits/NAME.MODE-sample.json and NAME.MODE-key.json; the
 * readers were given bench/audits/claims-prompt.md, one session per kind,
 * and their verdicts are NAME.MODE.judged.json (`npm run bench:quality`
 * reads them with the key, bench/score/graded-claims.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFiles } from '../../src/pipeline.js';
import { type Change } from '../../src/report.js';
import { makeRng } from '../lib/prng.js';
import { stratumOf, STRATA, type SampleMode, type Stratum } from '../score/graded-claims.js';

const [mode, name, oldSpec, newSpec, perStratum = mode === 'sure' ? '12' : '8', seed = '1'] = process.argv.slice(2);
if ((mode !== 'sure' && mode !== 'graded') || !name || !oldSpec || !newSpec) {
  throw new Error('usage: tsx bench/audits/sample-claims-by-grade.ts sure|graded NAME OLD_TEXT NEW_TEXT [PER_STRATUM] [SEED]');
}
process.env.REPORTDIFF_CACHE = 'off';
const diff = await compareFiles(oldSpec, newSpec);
const rng = makeRng(Number(seed));
const sample: Record<string, Array<{ id: string; section: string; text: string }>> = {};
const key: Record<string, { stratum: Stratum; novel: string[] }> = {};
// Ids of the two modes differ, so that the samples of one pair never share one.
const idLetter = { sure: { new: 'N', dropped: 'D' }, graded: { new: 'GN', dropped: 'GD' } }[mode as SampleMode];
for (const kind of ['new', 'dropped'] as const) {
  const claims = diff.changes.filter((c) => c.kind === kind && c.novel);
  const strata = STRATA[mode as SampleMode].map((s) => claims.filter((c) => stratumOf(c) === s));
  const chosen = strata.flatMap((stratum) => rng.sample(stratum.length, Number(perStratum)).map((i) => stratum[i]));
  const unit = (c: Change) => (c.new ?? c.old)!;
  chosen.sort((a, b) => unit(a).start - unit(b).start);
  sample[kind] = chosen.map((c, k) => {
    const id = `${name}-${idLetter[kind]}${k + 1}`;
    key[id] = { stratum: stratumOf(c), novel: c.novel! };
    return { id, section: unit(c).section.join(' › '), text: unit(c).text };
  });
}
writeFileSync(join('bench', 'audits', `${name}.${mode}-sample.json`), `${JSON.stringify(sample, null, 1)}\n`);
writeFileSync(join('bench', 'audits', `${name}.${mode}-key.json`), `${JSON.stringify(key, null, 1)}\n`);
console.log(`${name}: ${sample.new.length} new, ${sample.dropped.length} dropped claims sampled (${mode})`);
