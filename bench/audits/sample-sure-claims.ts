/**
 * Draws a sample of the surest `new` and `dropped` claims (`claimTrust`
 * `sure`) on one pair, half of them naming at least `MANY_NOVEL_WORDS`
 * words the other report never uses and half naming fewer, so that blind
 * readers can say whether the first kind holds more often (on the
 * fourteen audits it did, 82% against 69%; whether it does on pairs no
 * one had read is what this sample asks), and how often a sure claim holds
 * on pairs never audited. Each half is a
 * seeded random choice; the sample is written in reading order without
 * anything the engine says about a claim, and the key (which half each
 * claim came from, the words it names) goes to a file of its own that the
 * readers are not given.
 *
 * Usage: tsx bench/audits/sample-sure-claims.ts NAME OLD_TEXT NEW_TEXT [PER_HALF=12] [SEED=1]
 * Writes bench/audits/NAME.sure-sample.json and NAME.sure-key.json; the
 * readers were given bench/audits/claims-prompt.md, one session per kind,
 * and their verdicts are NAME.sure.judged.json (`npm run bench:quality`
 * reads them with the key, bench/score/sure-claims.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFiles } from '../../src/pipeline.js';
import { claimTrust } from '../../src/report.js';
import { makeRng } from '../lib/prng.js';
import { MANY_NOVEL_WORDS } from '../score/sure-claims.js';

const [name, oldSpec, newSpec, perHalf = '12', seed = '1'] = process.argv.slice(2);
if (!name || !oldSpec || !newSpec) throw new Error('usage: tsx bench/audits/sample-sure-claims.ts NAME OLD_TEXT NEW_TEXT [PER_HALF] [SEED]');
process.env.REPORTDIFF_CACHE = 'off';
const diff = await compareFiles(oldSpec, newSpec);
const rng = makeRng(Number(seed));
const sample: Record<string, Array<{ id: string; section: string; text: string }>> = {};
const key: Record<string, { many: boolean; novel: string[] }> = {};
for (const kind of ['new', 'dropped'] as const) {
  const sure = diff.changes.filter((c) => c.kind === kind && c.novel && claimTrust(c) === 'sure');
  const halves = [sure.filter((c) => c.novel!.length >= MANY_NOVEL_WORDS), sure.filter((c) => c.novel!.length < MANY_NOVEL_WORDS)];
  const chosen = halves.flatMap((half) => rng.sample(half.length, Number(perHalf)).map((i) => half[i]));
  const unit = (c: (typeof chosen)[number]) => (c.new ?? c.old)!;
  chosen.sort((a, b) => unit(a).start - unit(b).start);
  sample[kind] = chosen.map((c, k) => {
    const id = `${name}-${kind === 'new' ? 'N' : 'D'}${k + 1}`;
    key[id] = { many: c.novel!.length >= MANY_NOVEL_WORDS, novel: c.novel! };
    return { id, section: unit(c).section.join(' › '), text: unit(c).text };
  });
}
writeFileSync(join('bench', 'audits', `${name}.sure-sample.json`), `${JSON.stringify(sample, null, 1)}\n`);
writeFileSync(join('bench', 'audits', `${name}.sure-key.json`), `${JSON.stringify(key, null, 1)}\n`);
console.log(`${name}: ${sample.new.length} new, ${sample.dropped.length} dropped sure claims sampled`);
