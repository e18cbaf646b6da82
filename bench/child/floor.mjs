// Speed floor: a bare node process that loads the segmenter and cuts both
// whole texts — what any diff must at least pay. Usage: floor.mjs SEGMENTER OLD NEW
import { readFileSync } from 'node:fs';
import { loadSegmenter } from '../../dist/segment/load-segmenter.js';

const [name, a, b] = process.argv.slice(2);
const seg = loadSegmenter(name);
let n = 0;
for (const f of [a, b]) n += seg.cut(readFileSync(f, 'utf8')).length;
if (n === 0) throw new Error('no tokens');
