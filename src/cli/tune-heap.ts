import { setFlagsFromString } from 'node:v8';

/**
 * Tunes the process for short runs (a cold `diff`, a series in one
 * process). Called first thing by the CLI entry, and by the speed
 * benchmark's child processes so that they measure the same process.
 *
 * Keeps V8's young generation at its starting size for the whole process
 * instead of letting it grow towards 16 MB. Why: on the machines measured,
 * every page of memory a process touches for the first time costs ≈5–10 µs,
 * and a growing young generation keeps moving onto fresh pages, while a
 * small one collects more often in pages already touched. Measured in
 * `npm run bench`: a cold `diff` ≈0.02–0.04 s faster and ≈10 MB smaller,
 * a 10-report series ≈7% faster. Set at run time, not as a node option: a
 * `bin` cannot pass one, and any V8 option on node's command line costs
 * ≈0.025 s of start-up here.
 */
export function tuneHeapForShortRuns(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  keepFreedMallocPages();
}

/**
 * How large a block to have malloc map and unmap (see below): 4, 16 and
 * 31 MB gave the same page faults and times; the less malloc may keep, the
 * smaller the peak (≈+5 MB with 4). Blocks below it now come from malloc's
 * arenas rather than a mapping of their own.
 */
const MALLOC_KEEP_BYTES = 4 << 20;

/**
 * Lets glibc's malloc keep up to 2 × `MALLOC_KEEP_BYTES` of freed memory
 * instead of handing it back to the kernel at once. Why: V8's optimising
 * compiler runs on background threads, each compile job in zone memory
 * malloc'd from that thread's arena and freed when the job ends; glibc then
 * trims every free stretch above 128 KB, so the next job faults the same
 * pages in again. Those faults were ≈10k of the ≈26k a 10-report series
 * makes, at ≈5–10 µs each here (`perf record -e page-faults`).
 *
 * How, from JavaScript: glibc raises its trim threshold to twice the size
 * of the largest memory-mapped block freed so far (up to 32 MB; mallopt(3),
 * M_MMAP_THRESHOLD), so one block of that size, allocated without being
 * written to (no page is touched) and left for the next collection to free,
 * sets it for the whole process. Elsewhere (another libc) it is one block
 * allocated and freed. The GLIBC_TUNABLES and MALLOC_TRIM_THRESHOLD_
 * variables do the same, but only when set before the process starts.
 */
function keepFreedMallocPages(): void {
  Buffer.allocUnsafeSlow(MALLOC_KEEP_BYTES);
}
