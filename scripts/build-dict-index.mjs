// Writes dist/jieba-dict-index.bin: @node-rs/jieba's dict.txt grouped so a
// text loads only the words it could contain (src/segment/jieba-dict-index.ts).
// Run by `npm run build` after tsc. Without the file the segmenter loads the
// whole dictionary, as it did before, so a failure here costs speed, not results.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDictIndex } from '../dist/segment/jieba-dict-index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dict = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'));
const out = join(root, 'dist', 'jieba-dict-index.bin');
writeFileSync(`${out}.tmp`, buildDictIndex(dict));
renameSync(`${out}.tmp`, out);
