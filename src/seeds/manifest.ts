import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';

/** Where a part starts and which years it speaks of, when the text does not say. */
export interface PartHint {
  years?: number[];
  /** The first line of the part, as it stands in the repaired text; null when the part starts the text. */
  startsAt?: string | null;
}

/** One report bundled under `seeds/`. */
export interface SeedEntry {
  file: string;
  series: string;
  title: string;
  year: number;
  source: string;
  review?: PartHint;
  plan?: PartHint;
}

export interface SeedManifest {
  version: 1;
  reports: SeedEntry[];
}

/** One comparison the manifest implies, named for its snapshot files. */
export interface PlannedComparison {
  /** Stable file-name stem, e.g. `gov-work-report-2024--2025`. */
  name: string;
  kind: 'consecutive' | 'review-vs-plan' | 'plan-vs-next-review';
  /** Specs as the CLI takes them, relative to the seeds folder: `FILE`, `FILE#review`, `FILE#plan`. */
  old: string;
  new: string;
}

/** Reads `DIR/manifest.json`; throws InputError naming the file on any problem. */
export function readManifest(dir: string): SeedManifest {
  const path = join(dir, 'manifest.json');
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(path, 'cannot read the seeds manifest', 'not-found');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw new InputError(path, `is not valid JSON (${(e as Error).message})`, 'bad-manifest');
  }
  const m = parsed as SeedManifest;
  if (!m || !Array.isArray(m.reports)) throw new InputError(path, 'has no "reports" array', 'bad-manifest');
  for (const [i, r] of m.reports.entries()) {
    if (!r || typeof r.file !== 'string' || typeof r.series !== 'string' || !Number.isInteger(r.year)) {
      throw new InputError(path, `entry ${i} needs "file", "series" and an integer "year"`, 'bad-manifest');
    }
    // Snapshot files are named after it: a path would write outside the snapshot folder.
    if (!PLAIN_FILE_NAME.test(r.file) || r.file === '.' || r.file === '..') {
      throw new InputError(path, `entry ${i}: "file" must be a file name in the seeds folder, not a path (${JSON.stringify(r.file)})`, 'bad-manifest');
    }
  }
  return m;
}

/** No folder separator, no `#` (a part suffix), no control character. */
const PLAIN_FILE_NAME = /^[^/\\#\u0000-\u001f]+$/;

/** The manifest entry for a file name (basename match), if any. */
export function findSeed(manifest: SeedManifest, file: string): SeedEntry | undefined {
  const base = file.split(/[\\/]/).pop();
  return manifest.reports.find((r) => r.file === base);
}

/**
 * Every comparison the manifest implies, in a stable order: consecutive
 * reports of one series (gaps in years allowed: 2018 → 2020 when 2019 is
 * missing), review against plan inside each report, and the plan of one
 * report against the review of the next (promised vs reported).
 */
export function plannedComparisons(manifest: SeedManifest): PlannedComparison[] {
  const out: PlannedComparison[] = [];
  const bySeries = new Map<string, SeedEntry[]>();
  for (const r of manifest.reports) {
    const list = bySeries.get(r.series) ?? [];
    list.push(r);
    bySeries.set(r.series, list);
  }
  const stem = (f: string) => f.replace(/\.[^.]+$/, '');
  for (const series of [...bySeries.keys()].sort()) {
    const list = bySeries.get(series)!.slice().sort((a, b) => a.year - b.year || a.file.localeCompare(b.file));
    for (const r of list) {
      out.push({ name: `${stem(r.file)}--review-vs-plan`, kind: 'review-vs-plan', old: `${r.file}#review`, new: `${r.file}#plan` });
    }
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1];
      const b = list[i];
      out.push({ name: `${stem(a.file)}--${stem(b.file)}`, kind: 'consecutive', old: a.file, new: b.file });
      out.push({ name: `${stem(a.file)}-plan--${stem(b.file)}-review`, kind: 'plan-vs-next-review', old: `${a.file}#plan`, new: `${b.file}#review` });
    }
  }
  return out;
}
