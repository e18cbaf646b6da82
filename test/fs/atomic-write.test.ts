import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/fs/atomic-write.js';
import { writeFileAtomicSync } from '../../src/fs/atomic-write-sync.js';

const OLD = '## gov-work-report-2024.txt → gov-work-report-2025.txt\n| new | 12 |\n';
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temporary file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const target = join(dir, 'a.md');
    writeFileSync(target, OLD);
    await writeFileAtomic(target, '国内生产总值达到134.9万亿元\n');
    expect(readFileSync(target, 'utf8')).toBe('国内生产总值达到134.9万亿元\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('keeps the previous file intact when the writer is killed midway', async () => {
    dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const target = join(dir, 'snapshot.md');
    writeFileSync(target, OLD);
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../fixtures/fs/slow-writer.ts', import.meta.url)), target, '256'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (b) => (out += String(b)));
    // Kill as soon as the temporary file has some bytes in it: the write is then provably under way.
    const killedMidWrite = await new Promise<boolean>((resolve) => {
      const poll = setInterval(() => {
        const tmp = readdirSync(dir).find((f) => f.endsWith('.tmp'));
        if (out.includes('done')) {
          clearInterval(poll);
          resolve(false);
        } else if (tmp && statSync(join(dir, tmp)).size > 0) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve(true);
        }
      }, 2);
    });
    await new Promise((r) => child.once('exit', r));
    expect(killedMidWrite).toBe(true);
    expect(out).not.toContain('done');
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    const partial = readdirSync(dir).filter((f) => f !== 'snapshot.md');
    expect(partial.every((f) => f.startsWith('.snapshot.md.') && f.endsWith('.tmp'))).toBe(true);
  }, 30_000);
});

describe('writeFileAtomicSync (the token cache)', () => {
  it('replaces the content and leaves no temporary file', () => {
    dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const target = join(dir, 'cache.json');
    writeFileSync(target, '{"v":0}');
    writeFileAtomicSync(target, '{"v":1,"cuts":{"稳步实施城市更新行动":["稳步","实施","城市更新","行动"]}}');
    expect(JSON.parse(readFileSync(target, 'utf8')).cuts['稳步实施城市更新行动']).toEqual(['稳步', '实施', '城市更新', '行动']);
    expect(readdirSync(dir)).toEqual(['cache.json']);
  });

  it('leaves the old file and no temporary file when the write fails', () => {
    dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    // The target is a folder: the rename over it fails after the temporary file was written.
    const target = join(dir, 'taken');
    mkdirSync(join(target, 'inside'), { recursive: true });
    expect(() => writeFileAtomicSync(target, 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readdirSync(target)).toEqual(['inside']);
  });
});
