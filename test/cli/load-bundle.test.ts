import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/load-bundle.js';

const dir = () => mkdtempSync(join(tmpdir(), 'reportdiff-bundle-'));
/** A bundle whose one function is compiled only when called, as most of the CLI's are. */
const bundle = (n: number) => `exports.value = function value() { return ${n}; };\nexports.name = __filename;\n`;

/** Value of the bundle's function, which compiles it. */
const valueOf = (loaded: { exports: unknown }) => (loaded.exports as { value(): number }).value();

/** A folder with bundle(n) as cli.js, loaded once, its function called, and its cache saved. */
function withSavedCache(n: number) {
  const d = dir();
  const file = join(d, 'cli.js');
  const cache = join(d, 'cli.cache');
  writeFileSync(file, bundle(n));
  const first = loadBundle(file, cache);
  const value = valueOf(first);
  first.save();
  return { d, file, cache, first, value };
}

describe('loadBundle: a CommonJS bundle with V8 code cache', () => {
  it('loads as require does, then from the cache its save() wrote', () => {
    const { file, cache, first, value } = withSavedCache(1);
    expect(first.cache).toBe('none');
    expect(value).toBe(1);
    expect((first.exports as { name: string }).name).toBe(file);
    const again = loadBundle(file, cache);
    expect(again.cache).toBe('used');
    expect(valueOf(again)).toBe(1);
  });

  it('never runs the code of another bundle of the same length (V8 checks only the length)', () => {
    const { file, cache } = withSavedCache(1);
    writeFileSync(file, bundle(2));
    const now = loadBundle(file, cache);
    expect(now.cache).toBe('stale');
    expect(valueOf(now)).toBe(2);
  });

  it('compiles when the cache is damaged', () => {
    const { d, cache } = withSavedCache(3);
    const saved = readFileSync(cache);
    // The digest fits, V8's data does not. (The same text under another name: V8 would take a script it compiled already from memory.)
    writeFileSync(cache, Buffer.concat([saved.subarray(0, 20), Buffer.alloc(64, 7)]));
    const copy = join(d, 'copy.js');
    writeFileSync(copy, bundle(3));
    const damaged = loadBundle(copy, cache);
    expect(damaged.cache).toBe('rejected');
    expect(valueOf(damaged)).toBe(3);
  });
});

describe('the built CLI', () => {
  it('has a code cache that a run of the entry accepts', () => {
    const root = join(import.meta.dirname, '..', '..');
    // A process set up as the CLI's entry sets itself up (its young-generation flag is part of what V8 checks).
    const script = [
      "import { tuneHeapForShortRuns } from './dist/cli/tune-heap.js';",
      "import { loadBundle } from './dist/cli/load-bundle.js';",
      'tuneHeapForShortRuns();',
      "process.stderr.write(loadBundle('dist/bin/cli.js', 'dist/bin/cli.cache').cache + '\\n');",
    ].join('\n');
    // A command that fails after loading (files not there), not one that exits while the bundle loads (--version).
    const missing = join(dir(), 'missing.txt');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', 'entry', 'diff', missing, missing], { cwd: root, encoding: 'utf8' });
    expect(r.stderr.trim().split('\n')).toEqual(['used', `reportdiff: ${missing}: no such file`]);
  });
});
