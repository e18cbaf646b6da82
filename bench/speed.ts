/**
 * `npm run bench [-- --runs N --no-build]`: cold CLI diff, the segmenter
 * floor, and a 10-report series vs one pair, each in fresh processes, runs
 * interleaved across workloads;
 * medians and min–max of wall time and peak RSS, printed with the targets
 * and written to bench/results/speed.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { argValue, median, table } from './lib/args.js';
import { writeResult } from './lib/write-result.js';
import { CASE_REPORTS } from './gen/corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(argValue(process.argv, 'runs', '5'));
const seed = (r: string) => join('seeds', `${r}.txt`);
const PAIR = [seed('gov-work-report-2024'), seed('gov-work-report-2025')];
const SERIES = CASE_REPORTS.filter((r) => r.startsWith('gov-work-report')).map(seed);
const TIME = '/usr/bin/time';

/** One measured process run: wall seconds and peak RSS in MB. */
interface Sample {
  wall: number;
  rssMb: number;
}

/**
 * Runs a command to completion with stdout discarded, measuring wall time
 * here and peak RSS with `/usr/bin/time -f %M` (GNU time, kB); without
 * GNU time RSS is reported as NaN.
 */
function measure(args: string[], env: NodeJS.ProcessEnv = COLD): Sample {
  const useTime = existsSync(TIME);
  const [cmd, ...rest] = useTime ? [TIME, '-f', '%M', 'node', ...args] : ['node', ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, rest, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, ...env } });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-400)}`);
  const kb = useTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { wall, rssMb: kb / 1024 };
}

/** Every run is cold: no token cache (src/segment/token-cache.ts) unless a workload asks for one. */
const COLD: NodeJS.ProcessEnv = { REPORTDIFF_CACHE: 'off' };

interface Workload {
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/**
 * Median and range of several runs of each workload, interleaved (run 1 of
 * every workload, then run 2, …, starting one further along each round), so
 * that a machine whose speed drifts over minutes slows all rows alike and
 * the ratios between rows stay meaningful.
 */
function interleaved<K extends string>(workloads: Partial<Record<K, Workload>>): Partial<Record<K, ReturnType<typeof stats>>> {
  const keys = Object.keys(workloads) as K[];
  const samples = new Map<K, Sample[]>(keys.map((k) => [k, []]));
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < keys.length; i++) {
      const k = keys[(i + r) % keys.length];
      samples.get(k)!.push(measure(workloads[k]!.args, workloads[k]!.env));
    }
  }
  return Object.fromEntries(keys.map((k) => [k, stats(workloads[k]!.args, samples.get(k)!)])) as Partial<Record<K, ReturnType<typeof stats>>>;
}

function stats(args: string[], samples: Sample[]) {
  const stat = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
  return { args, wall: stat(samples.map((s) => s.wall)), rssMb: stat(samples.map((s) => s.rssMb)), samples };
}

type Stat = ReturnType<typeof stats>;
const sec = (s: Stat) => `${s.wall.median.toFixed(3)} (${s.wall.min.toFixed(3)}–${s.wall.max.toFixed(3)})`;
const mb = (s: Stat) => `${s.rssMb.median.toFixed(0)} (${s.rssMb.min.toFixed(0)}–${s.rssMb.max.toFixed(0)})`;

function main(): void {
  if (!process.argv.includes('--no-build')) {
    const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  const results: Record<string, unknown> = {};
  const rows: string[][] = [];
  for (const backend of ['node-rs', 'nodejieba']) {
    const diffArgs = ['diff', ...PAIR, '--format', 'json', '--segmenter', backend];
    const cliArgs = ['dist/bin/reportdiff.js', ...diffArgs];
    // Same cold process, but both texts were tokenised before: the dictionary is never loaded.
    const warm = { REPORTDIFF_CACHE: 'on', REPORTDIFF_CACHE_DIR: mkdtempSync(join(tmpdir(), 'reportdiff-bench-cache-')) };
    measure(cliArgs, warm);
    const dflt = backend === 'node-rs';
    const measured = interleaved({
      floor: { args: ['bench/child/floor.mjs', backend, ...PAIR] },
      // The default backend's floor with its whole dictionary built up front, as the issue first measured it.
      ...(dflt ? { whole: { args: ['bench/child/floor.mjs', 'node-rs-whole', ...PAIR] } } : {}),
      cli: { args: cliArgs },
      // The same CLI as tsc emits it (≈150 ES modules, no bundle): what the bundle saves.
      unbundled: { args: ['dist/cli/main.js', ...diffArgs] },
      cached: { args: cliArgs, env: warm },
      help: { args: ['dist/bin/reportdiff.js', '--help'] },
      pair: { args: ['bench/child/series.mjs', backend, ...PAIR] },
      all: { args: ['bench/child/series.mjs', backend, ...SERIES] },
    });
    const { floor, cli, unbundled, cached, help, pair, all } = measured as Required<typeof measured>;
    const whole = measured.whole;
    const ratio = cli.wall.median / floor.wall.median;
    const seriesRatio = all.wall.median / pair.wall.median;
    rows.push(
      [`${backend} floor (load + cut 2 texts)`, sec(floor), mb(floor), '', ''],
      ...(whole ? [[`${backend}   floor, whole dictionary up front`, sec(whole), mb(whole), `CLI ${(cli.wall.median / whole.wall.median).toFixed(2)}× this`, '']] : []),
      [`${backend} cold CLI diff 2024→2025 json`, sec(cli), mb(cli), `${ratio.toFixed(2)}× floor`, dflt ? '≤0.35 s, ≤150 MB, ≤1.2× floor' : '≤1.2× floor'],
      [`${backend}   same, unbundled ES modules`, sec(unbundled), mb(unbundled), `${(unbundled.wall.median / floor.wall.median).toFixed(2)}× floor`, ''],
      [`${backend}   same, token cache warm`, sec(cached), mb(cached), `${(cached.wall.median / floor.wall.median).toFixed(2)}× floor`, ''],
      [`${backend}   CLI start-up alone (--help)`, sec(help), mb(help), '', ''],
      [`${backend} one pair, one process`, sec(pair), mb(pair), '', ''],
      [`${backend} ${SERIES.length - 1} pairs (${SERIES.length} reports), one process`, sec(all), mb(all), `${seriesRatio.toFixed(2)}× one pair`, '≤2× one pair'],
    );
    results[backend] = {
      floor, wholeDictionaryFloor: whole ?? null, cli, unbundled, cached, help, pair, series: all, cliOverFloor: ratio, seriesOverPair: seriesRatio,
      targets: {
        cliWallOk: dflt ? cli.wall.median <= 0.35 : null, cliRssOk: dflt ? cli.rssMb.median <= 150 : null,
        cliOverFloorOk: ratio <= 1.2, seriesOk: seriesRatio <= 2,
      },
    };
  }
  console.log(`Speed and memory: ${runs} runs each, median (min–max); ${cpus().length} CPUs, node ${process.version}\n`);
  console.log(table(['workload', 'wall s', 'peak RSS MB', 'ratio', 'target'], rows));
  const out = join(root, 'bench', 'results', 'speed.json');
  writeResult(out, { runs, cpus: cpus().length, node: process.version, pair: PAIR, series: SERIES, results });
  console.log(`\nwrote ${out}`);
}

main();
