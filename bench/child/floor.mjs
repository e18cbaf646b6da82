// Speed floor: a bare node process that loads the segmenter and cuts both
// whole texts — what any diff must at least pay. Usage: floor.mjs SEGMENTER OLD NEW
// SEGMENTER `node-rs-whole` is @node-rs/jieba with its whole dictionary built
// up front, as before the per-text dictionary (src/segment/jieba-dict-index.ts).
import { readFileSync } from 'node:fs';
import { DOMAIN_WORDS } from '../../dist/segment/domain-words.js';
import { loadSegmenter, nodeRsJieba } from '../../dist/segment/load-segmenter.js';
import { tuneHeapForShortRuns } from '../../dist/cli/tune-heap.js';

// The same process settings as the CLI (src/cli/tune-heap.ts), so the rows compare like with like.
tuneHeapForShortRuns();

const [name, a, b] = process.argv.slice(2);
const seg = name === 'node-rs-whole' ? nodeRsJieba(DOMAIN_WORDS, null) : loadSegmenter(name);
let n = 0;
for (const f of [a, b]) n += seg.cut(readFileSync(f, 'utf8')).length;
if (n === 0) throw new Error('no tokens');
