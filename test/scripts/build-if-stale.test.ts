import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { isStale, STAMP } from '../../scripts/build-if-stale.mjs';

/** A project folder with the given files, each modified at the given second. */
function project(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'reportdiff-stale-'));
  for (const [path, at] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
    utimesSync(file, at, at);
  }
  return root;
}

describe('build-if-stale: does `npm start` need to build first?', () => {
  it('builds when nothing was built yet', () => {
    expect(isStale(project({ 'src/report.ts': 1000, 'package.json': 1000 }))).toBe(true);
  });

  it('does not when the build finished after every input changed', () => {
    expect(isStale(project({ 'src/report.ts': 1000, 'src/align/match-units.ts': 1000, 'package.json': 1000, [STAMP]: 2000 }))).toBe(false);
  });

  it('builds again after an edit anywhere under src/ or scripts/, or a new lockfile', () => {
    expect(isStale(project({ 'src/align/match-units.ts': 3000, 'package.json': 1000, [STAMP]: 2000 }))).toBe(true);
    expect(isStale(project({ 'scripts/bundle.mjs': 3000, [STAMP]: 2000 }))).toBe(true);
    expect(isStale(project({ 'src/report.ts': 1000, 'package-lock.json': 3000, [STAMP]: 2000 }))).toBe(true);
  });

  it('ignores what the build does not read (seeds, tests, the README)', () => {
    expect(isStale(project({ 'src/report.ts': 1000, 'seeds/gov-work-report-2025.txt': 3000, 'test/a.test.ts': 3000, 'README.md': 3000, [STAMP]: 2000 }))).toBe(false);
  });
});
