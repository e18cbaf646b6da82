import { fileURLToPath } from 'node:url';
import { compareFiles } from '../../src/pipeline.js';
import type { Change, ReportDiff } from '../../src/report.js';

/** Absolute path of a bundled seed. */
export function seed(spec: string): string {
  // `#review` would be read as a URL fragment, so keep the part aside.
  const [file, part] = spec.split('#');
  const path = fileURLToPath(new URL(`../../seeds/${file}`, import.meta.url));
  return part ? `${path}#${part}` : path;
}

/** Absolute path of a file under test/fixtures (corpus texts copied there for the tests). */
export function fixture(path: string): string {
  return fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
}

const memo = new Map<string, Promise<ReportDiff>>();
/** One comparison of two file specs per test process (full reports take ~0.5 s each). */
export function filesDiff(oldSpec: string, newSpec: string): Promise<ReportDiff> {
  const key = `${oldSpec}|${newSpec}`;
  let p = memo.get(key);
  if (!p) memo.set(key, (p = compareFiles(oldSpec, newSpec)));
  return p;
}

/** One comparison of two seed specs per test process. */
export function seedDiff(oldSpec: string, newSpec: string): Promise<ReportDiff> {
  return filesDiff(seed(oldSpec), seed(newSpec));
}

/** The change whose NEW (or, for dropped, OLD) unit contains a phrase. */
export function changeWith(diff: ReportDiff, side: 'old' | 'new', phrase: string): Change | undefined {
  return diff.changes.find((c) => c[side]?.text.includes(phrase));
}
