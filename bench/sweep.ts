/**
 * `npm run bench:sweep [-- --keys a,align.b --factors 0.8,1.2 --cases N]`: how
 * the quality benchmark moves when one tunable is scaled, the others left as
 * they are: the matcher's (`MATCH` in src/align/match-tunables.ts) and, named
 * `align.…`, the section alignment's (`ALIGN` in src/align/align-sections.ts). Each row
 * is one tunable at one value, scored on the same synthetic cases, hand
 * labels and audits as `npm run bench:quality`, side by side with the
 * values the engine ships (the first row). It shows whether a threshold
 * sits where the numbers put it, and what a change would trade; a gain here
 * is a lead for a blind check, not a finding (the audits and labels were
 * read while the thresholds were set). Writes bench/results/sweep.json.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MATCH } from '../src/align/match-tunables.js';
import { ALIGN } from '../src/align/align-sections.js';
import { compareFiles, compareTexts } from '../src/pipeline.js';
import { buildCases } from './gen/corpus.js';
import { scoreDiff, type CaseScore } from './score/score.js';
import { labelTexts, loadLabels, scoreLabels } from './score/labels.js';
import { judgedAudit, linkEvidence } from './score/claim-evidence.js';
import { writeResult } from './lib/write-result.js';
import { addInto, f1, ratio } from './score/counts.js';
import { toKey } from './lib/key.js';
import { argValue, table } from './lib/args.js';

/** Where a tunable named on the command line lives: `align.x` is `ALIGN.x`, anything else `MATCH.x`. */
function tunable(name: string): { table: Record<string, number>; key: string } {
  const [table, key] = name.startsWith('align.') ? [ALIGN, name.slice('align.'.length)] : [MATCH, name];
  if (typeof (table as Record<string, unknown>)[key] !== 'number') throw new Error(`not a tunable: ${name}`);
  return { table: table as Record<string, number>, key };
}

/**
 * The tunables that decide which pairs link, with room to move both ways.
 * Counts (copyTerms, thinShared, verbatimChars) and weights in other units
 * (containMinWeight, mergeMinWeight) are left out, and so are the weak
 * mark's bars, which change no link (their effect is the audits' weak table).
 */
const DEFAULT_KEYS = [
  'minScore', 'strongScore', 'rareWeight', 'sectionBonus', 'neighbourBonus', 'uniqueBonus', 'minSimilarity', 'candidateMaxDf',
  'containMin', 'alikeSimilarity', 'alikeChars', 'leftoverSimilarity', 'charLeftoverCosine', 'promiseSimilarity', 'mergeCover',
  'mergeGain', 'loneMoveSimilarity', 'headingSimilarity', 'headingAnywhereSimilarity',
  'align.minSimilarity', 'align.crossPartFactor', 'align.crossLevelFactor', 'align.parentFactor', 'align.headingWeight',
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.env.REPORTDIFF_CACHE = 'off';

interface Row {
  key: string;
  value: number;
  removedF1: number;
  addedF1: number;
  provenance: number;
  movedRecall: number;
  movedPrecision: number;
  /** Share of the synthetic cases' section pairs found. */
  sections: number;
  /** Hand labels read without the tool: hits of carried / new / dropped / not-linked items. */
  blind: [number, number, number, number];
  /** Audit label sets: carried (same links and quoted counterparts) and not-linked (wrong links) kept. */
  audit: [number, number];
  /** Audited links still made: judged the same item / judged wrong. */
  links: [number, number];
}

async function scoreAll(cases: ReturnType<typeof buildCases>, labels: ReturnType<typeof loadLabels>): Promise<Omit<Row, 'key' | 'value'>> {
  let sum: CaseScore | undefined;
  for (const c of cases) {
    const s = scoreDiff(compareTexts(c.oldText, c.newText, { segmenter: 'node-rs' }), c.truth);
    sum = sum ? addInto(sum, s) : s;
  }
  const blind: Row['blind'] = [0, 0, 0, 0];
  const audit: Row['audit'] = [0, 0];
  const links: Row['links'] = [0, 0];
  for (const label of labels) {
    const { oldText, newText } = labelTexts(label, root);
    const diff = await compareFiles(join(root, label.oldSpec), join(root, label.newSpec), { segmenter: 'node-rs' });
    const s = scoreLabels(diff, label, toKey(oldText), toKey(newText));
    if (!label.name.startsWith('audit: ')) {
      [s.carried, s.new, s.dropped, s.notLinked].forEach((x, k) => (blind[k] += x.hit));
      continue;
    }
    audit[0] += s.carried.hit;
    audit[1] += s.notLinked.hit;
    const e = linkEvidence(diff, judgedAudit(root, label.name.slice('audit: '.length)).links, toKey(oldText), toKey(newText));
    links[0] += e.weak.same + e.other.same;
    links[1] += e.weak.wrong + e.other.wrong;
  }
  const s = sum!;
  return { removedF1: f1(s.removed), addedF1: f1(s.added), provenance: ratio(s.provenance), movedRecall: ratio(s.movedRecall), movedPrecision: ratio(s.movedPrecision), sections: ratio(s.sections), blind, audit, links };
}

async function main(): Promise<void> {
  const keys = argValue(process.argv, 'keys', DEFAULT_KEYS.join(',')).split(',');
  const factors = argValue(process.argv, 'factors', '0.8,0.9,1.1,1.2').split(',').map(Number);
  keys.forEach(tunable);
  const cases = buildCases(Number(argValue(process.argv, 'cases', '40')), join(root, 'seeds'));
  const labels = loadLabels(join(root, 'bench', 'labels'));

  const rows: Row[] = [{ key: '(as shipped)', value: NaN, ...(await scoreAll(cases, labels)) }];
  const shippedValue = new Map<string, number>();
  for (const name of keys) {
    const { table, key } = tunable(name);
    const shipped = table[key];
    shippedValue.set(name, shipped);
    for (const f of factors) {
      table[key] = Math.round(shipped * f * 1000) / 1000;
      process.stderr.write(`${name} = ${table[key]}\n`);
      try {
        rows.push({ key: name, value: table[key], ...(await scoreAll(cases, labels)) });
      } finally {
        table[key] = shipped;
      }
    }
  }

  const base = rows[0];
  const num = (x: number, b: number) => (x === b ? x.toFixed(3) : `${x.toFixed(3)} (${x > b ? '+' : ''}${(x - b).toFixed(3)})`);
  const cnt = (x: number, b: number) => (x === b ? String(x) : `${x} (${x > b ? '+' : ''}${x - b})`);
  console.log(`Sweep of tunables (MATCH, and ALIGN as align.…): ${cases.length} synthetic cases (all), ${labels.length} label sets; deltas against the values as shipped\n`);
  console.log(
    table(
      ['tunable', 'value', 'removed F1', 'added F1', 'provenance', 'moved R', 'moved P', 'sections', 'blind carried/new/dropped/not-linked', 'audit carried/not-linked', 'audited links same/wrong'],
      rows.map((r) => [
        r.key,
        Number.isNaN(r.value) ? '' : `${r.value} (${shippedValue.get(r.key)})`,
        num(r.removedF1, base.removedF1),
        num(r.addedF1, base.addedF1),
        num(r.provenance, base.provenance),
        num(r.movedRecall, base.movedRecall),
        num(r.movedPrecision, base.movedPrecision),
        num(r.sections, base.sections),
        r.blind.map((x, k) => cnt(x, base.blind[k])).join(' / '),
        r.audit.map((x, k) => cnt(x, base.audit[k])).join(' / '),
        r.links.map((x, k) => cnt(x, base.links[k])).join(' / '),
      ]),
    ),
  );
  const out = join(root, 'bench', 'results', 'sweep.json');
  writeResult(out, { cases: cases.length, labels: labels.map((l) => l.name), rows });
  console.log(`\nwrote ${out}`);
}

await main();
