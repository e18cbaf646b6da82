/**
 * Writes every case of "where does the last item of a run end" in the bench
 * texts (bench/score/item-ends.ts: the last item of a run whose text, up to
 * the next heading outside it, runs longer than any earlier item's) for
 * blind readers to judge: the paragraphs as shown, numbered by the reader
 * from the item's heading, and nothing of where the engine ends the item.
 *
 * Usage: tsx bench/audits/sample-item-ends.ts
 * Writes bench/audits/item-ends.cases.json; the readers were given
 * bench/audits/item-ends-prompt.md and a share of the cases each, and their
 * verdicts are bench/audits/item-ends.judged.json (`npm run bench:quality`
 * reads both).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReport } from '../../src/pipeline.js';
import { itemEndCases, type ItemEndCase } from '../score/item-ends.js';

process.env.REPORTDIFF_CACHE = 'off';
const dir = join('bench', 'texts');
const cases: ItemEndCase[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
  const file = join(dir, f);
  for (const c of itemEndCases(await loadReport(file), file)) cases.push({ id: `E${cases.length + 1}`, ...c });
}
writeFileSync(join('bench', 'audits', 'item-ends.cases.json'), `${JSON.stringify(cases, null, 1)}\n`);
console.log(`${cases.length} cases (${cases.filter((c) => c.style === 'shi').length} of 一是 runs)`);
