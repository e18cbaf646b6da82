// Writes dist/jieba-dict-index.bin: @node-rs/jieba's dict.txt grouped so a
// text loads only the words it could contain (src/segment/jieba-dict-index.ts).
// Run by `npm run build` after tsc. Without the file the segmenter loads the
// whole dictionary, as it did before, so a failure here costs speed, not
// results: it warns and leaves no file.
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../dist/fs/atomic-write.js';
import { buildDictIndex } from '../dist/segment/jieba-dict-index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'jieba-dict-index.bin');
try {
  const dict = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'));
  await writeFileAtomic(out, buildDictIndex(dict));
} catch (err) {
  rmSync(out, { force: true });
  process.stderr.write(`build-dict-index: no index, jieba will load its whole dictionary: ${err?.message ?? err}\n`);
}
