/**
 * Writes every figure pair the summary shows (`Numbers that changed`) on the
 * pairs of a fresh figure set, for blind readers to judge: each pair with
 * the sentence of each figure and the sentence before it, as the earlier
 * sets were shown (bench/audits/numbers.judged.json), and nothing else of
 * the engine.
 *
 * Usage: tsx bench/audits/sample-figures.ts SET [--again]   (a set of
 * bench/score/corpus-judgements.ts, e.g. skip-five)
 * Writes bench/audits/SET.figures.cases.json; the readers were given
 * bench/audits/figures-prompt.md and a share of the cases each, and their
 * verdicts went into numbers.judged.json under the set's name. An existing
 * cases file is what its readers judged, so it is replaced only with
 * `--again`: later rules show fewer pairs.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFiles } from '../../src/pipeline.js';
import type { ReportDiff, UnitRef } from '../../src/report.js';
import { buildSummary } from '../../src/summary/index.js';
import { figurePairFiles, figurePairs, quoted, type JudgedFigure } from '../score/corpus-judgements.js';

process.env.REPORTDIFF_CACHE = 'off';
const set = process.argv[2] as JudgedFigure['set'];
const pairs = figurePairs('.')[set];
if (!pairs) throw new Error('usage: tsx bench/audits/sample-figures.ts SET [--again]');
const file = join('bench', 'audits', `${set}.figures.cases.json`);
if (existsSync(file) && !process.argv.includes('--again')) throw new Error(`${file} holds the cases its readers judged; pass --again to replace it`);

/** What a reader sees of one figure pair. */
interface FigureCase {
  id: string;
  pair: string;
  oldUnit: string;
  newUnit: string;
  oldFigure: string;
  newFigure: string;
  /** The sentence before the figure's and the figure's own, each report. */
  oldContext: string;
  newContext: string;
}

/** A unit's sentence and the one before it, from the units the diff holds. */
function context(units: UnitRef[], u: UnitRef): string {
  const sentence = (k: number) => units.filter((x) => x.sentence === k).map((x) => x.text).join('');
  return `${sentence(u.sentence - 1)}${sentence(u.sentence)}`;
}

/** Each report's units as the diff holds them, once each (a repeat's unit stands in two changes), in reading order. */
function sides(diff: ReportDiff): { old: UnitRef[]; new: UnitRef[] } {
  const byId = (refs: UnitRef[]) => [...new Map(refs.map((r) => [r.id, r])).values()].sort((a, b) => a.id - b.id);
  return {
    old: byId(diff.changes.flatMap((c) => (c.old ? [c.old] : []))),
    new: byId(diff.changes.flatMap((c) => (c.new ? [c.new] : []))),
  };
}

const cases: FigureCase[] = [];
for (const pair of pairs) {
  const [a, b] = figurePairFiles('.', pair);
  const diff = await compareFiles(a, b);
  const units = sides(diff);
  for (const n of buildSummary(diff, { limit: 0 }).numbers.items) {
    // The reworded link the pair was read from, its two units holding the two quotes; else (a claim beside
    // its closest unit, figures no link pairs) the units that hold them.
    const holding = (side: UnitRef[], f: (typeof n)['old']) => side.find((u) => u.text.includes(quoted(f)) && u.text.includes(f.figure));
    const link =
      diff.changes.find((c) => c.kind === 'modified' && c.old?.text.includes(quoted(n.old)) && c.new?.text.includes(quoted(n.new))) ??
      { old: holding(units.old, n.old), new: holding(units.new, n.new) };
    if (!link?.old || !link.new) throw new Error(`${pair}: no units hold ${quoted(n.old)} → ${quoted(n.new)}`);
    cases.push({
      id: `F${cases.length + 1}`,
      pair,
      oldUnit: link.old.text,
      newUnit: link.new.text,
      oldFigure: n.old.figure,
      newFigure: n.new.figure,
      oldContext: context(units.old, link.old),
      newContext: context(units.new, link.new),
    });
  }
}
writeFileSync(file, `${JSON.stringify(cases, null, 1)}\n`);
console.log(`${set}: ${cases.length} figure pairs over ${pairs.length} corpus pairs`);
