import type { CommandModule } from 'yargs';
import { plannedComparisons, readManifest } from '../../seeds/manifest.js';
import type { SegmenterName } from '../../segment/segmenter.js';
import { ExitCode, setExitCode } from '../exit-code.js';

/** Where `runSnapshot` writes; injectable so tests can capture it. */
export interface OutputStreams {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export interface SnapshotOptions extends Partial<OutputStreams> {
  mode: 'check' | 'update';
  /** Folder with `manifest.json` and the seed reports. */
  seeds: string;
  /** Folder of `<name>.md` / `<name>.json` snapshot files. */
  out: string;
  segmenter?: SegmenterName;
}

/**
 * Recomputes every comparison the seeds manifest implies and checks (or
 * rewrites) its snapshot files. Returns the exit code: 1 when `check` finds
 * a snapshot that differs, is missing or is obsolete; else 0.
 */
export async function runSnapshot(opts: SnapshotOptions): Promise<number> {
  const stdout = opts.stdout ?? process.stdout;
  const stderr = opts.stderr ?? process.stderr;
  // Loaded here, not at the top: every command module is imported at start-up, and `diff` should not pay for these.
  const [{ computeSnapshot, reportCache }, { ACCEPT_HINT, checkReport, tally, updateMessage }, { snapshotStatus }, { readSnapshots, removeSnapshot, writeSnapshot }] =
    await Promise.all([
      import('../../snapshot/compute.js'),
      import('../../snapshot/messages.js'),
      import('../../snapshot/status.js'),
      import('../../snapshot/store.js'),
    ]);
  const comparisons = plannedComparisons(readManifest(opts.seeds));
  const load = reportCache(opts.seeds, { segmenter: opts.segmenter });
  const expected: Array<{ file: string; content: string }> = [];
  for (const [i, cmp] of comparisons.entries()) {
    stderr.write(`[${i + 1}/${comparisons.length}] ${cmp.name}\n`);
    expected.push(...(await computeSnapshot(cmp, load, { segmenter: opts.segmenter })).files);
  }
  const statuses = snapshotStatus(expected, readSnapshots(opts.out));
  const t = tally(statuses);
  if (opts.mode === 'update') {
    for (const s of statuses) {
      if (s.status === 'changed' || s.status === 'missing') await writeSnapshot(opts.out, s.file, s.after);
      else if (s.status === 'obsolete') await removeSnapshot(opts.out, s.file);
      stdout.write(updateMessage(s, opts.out));
    }
    stdout.write(`${comparisons.length} comparisons: ${t.changed} updated, ${t.missing} added, ${t.obsolete} deleted, ${t.same} unchanged.\n`);
    return ExitCode.ok;
  }
  stdout.write(checkReport(statuses, opts.out));
  if (t.changed + t.missing + t.obsolete === 0) {
    stdout.write(`All ${t.same} snapshot files of ${comparisons.length} comparisons are up to date.\n`);
    return ExitCode.ok;
  }
  stdout.write(
    `\n${comparisons.length} comparisons: ${t.changed} files differ, ${t.missing} missing, ${t.obsolete} obsolete, ${t.same} up to date.\n` +
      `If the changes are intended, review them (\`reportdiff review OLD NEW\`). ${ACCEPT_HINT}\n`,
  );
  return ExitCode.changes;
}

interface SnapshotArgs {
  check?: boolean;
  update?: boolean;
  seeds: string;
  out: string;
  segmenter: SegmenterName;
}

/** `reportdiff snapshot [--check | -u]`: keep `snapshots/` in step with the comparisons of `seeds/`. */
export const snapshotCommand: CommandModule<object, SnapshotArgs> = {
  command: 'snapshot',
  describe: 'Check (default) or update (-u) the snapshot of every comparison the seeds manifest implies',
  builder: (y) =>
    y
      .option('check', { type: 'boolean', describe: 'Fail with a diff when a snapshot is out of date (the default)' })
      .option('update', { alias: 'u', type: 'boolean', describe: 'Rewrite snapshots; delete obsolete ones' })
      .option('seeds', { type: 'string', default: 'seeds', describe: 'Folder with manifest.json and the reports' })
      .option('out', { type: 'string', default: 'snapshots', describe: 'Folder of snapshot files' })
      .conflicts('check', 'update') as never,
  handler: async (argv) => {
    const mode = argv.update ? 'update' : 'check';
    setExitCode(await runSnapshot({ mode, seeds: argv.seeds, out: argv.out, segmenter: argv.segmenter }));
  },
};
