import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { plannedComparisons, readManifest, type PlannedComparison, type SeedManifest } from '../../seeds/manifest.js';
import { parseSpec } from '../../spec.js';
import { InputError } from '../../errors.js';
import { reviewSpecs, type ReviewArgs } from './review.js';

/**
 * The comparison `npm start` opens: the latest consecutive pair of any
 * series (the newest report against the one before it), else the newest
 * report's review against its own plan.
 */
export function defaultComparison(manifest: SeedManifest): PlannedComparison | null {
  const all = plannedComparisons(manifest);
  const yearOf = (spec: string) => manifest.reports.find((r) => r.file === parseSpec(spec).file)?.year ?? -Infinity;
  const latest = (kind: PlannedComparison['kind']) =>
    all
      .filter((c) => c.kind === kind)
      .reduce<PlannedComparison | null>((best, c) => (best === null || yearOf(c.new) > yearOf(best.new) ? c : best), null);
  return latest('consecutive') ?? latest('review-vs-plan');
}

/** A manifest spec (relative to the seeds folder) as a path spec, keeping its `#part`. */
export function seedSpec(dir: string, spec: string): string {
  const { file, part } = parseSpec(spec);
  return part === 'all' ? join(dir, file) : `${join(dir, file)}#${part}`;
}

/** `reportdiff start`: what `npm start` runs — review the default comparison of the bundled seeds. */
export const startCommand: CommandModule<object, Omit<ReviewArgs, 'old' | 'new'> & { seeds: string }> = {
  command: 'start',
  describe: 'Review the latest pair of bundled seed reports (what `npm start` runs)',
  builder: (y) => y.option('seeds', { type: 'string', default: 'seeds', describe: 'Folder with manifest.json and the reports' }) as never,
  handler: async (argv) => {
    const pick = defaultComparison(readManifest(argv.seeds));
    if (!pick) throw new InputError(join(argv.seeds, 'manifest.json'), 'lists no reports to compare', 'bad-manifest');
    await reviewSpecs(seedSpec(argv.seeds, pick.old), seedSpec(argv.seeds, pick.new), argv);
  },
};
