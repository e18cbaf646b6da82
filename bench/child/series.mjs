// Compares every consecutive pair of the files given, in ONE process (the
// series workload). With two files it is the one-pair baseline.
// Usage: series.mjs SEGMENTER FILE1 FILE2 [FILE3 …]
import { compareFiles } from '../../dist/pipeline.js';
import { tuneHeapForShortRuns } from '../../dist/cli/tune-heap.js';

// The same process settings as the CLI (src/cli/tune-heap.ts), so the rows compare like with like.
tuneHeapForShortRuns();

const [segmenter, ...files] = process.argv.slice(2);
let changes = 0;
for (let i = 0; i + 1 < files.length; i++) changes += (await compareFiles(files[i], files[i + 1], { segmenter })).changes.length;
if (changes === 0) throw new Error('no changes');
