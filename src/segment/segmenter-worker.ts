/**
 * Worker-thread side of `threadSegmenter` (thread-segmenter.ts): loads one
 * jieba backend, then answers batched requests on the port it was given, in
 * the order they came, counting each answer in the shared flag so the
 * waiting thread wakes. Every request gets an answer, an error included
 * (a split cut gets two): the other side blocks until it does.
 */
import { readFileSync, statSync } from 'node:fs';
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { loadSegmenter } from './load-segmenter.js';
import type { Segmenter, SegmenterName } from './segmenter.js';
import { cutAll, SPLIT_MIN_LENGTH, subWordsAll } from './segmenter.js';
import { ANSWERS, ENDED, type SegmenterReply, type SegmenterRequest } from './thread-segmenter.js';

const { name, port, flag, warmFiles } = workerData as { name: SegmenterName; port: MessagePort; flag: Int32Array; warmFiles: string[] };

let segmenter: Segmenter | null = null;
let loadError: string | null = null;
try {
  // This thread has its own module instances, so this loads here and never preloads again.
  segmenter = loadSegmenter(name);
} catch (err) {
  loadError = (err as Error)?.message ?? String(err);
}

function attempt(work: (seg: Segmenter) => SegmenterReply): SegmenterReply {
  if (!segmenter) return { error: `cannot load the ${name} segmenter: ${loadError}` };
  try {
    return work(segmenter);
  } catch (err) {
    return { error: (err as Error)?.message ?? String(err) };
  }
}

function send(reply: SegmenterReply): void {
  port.postMessage(reply);
  Atomics.add(flag, ANSWERS, 1);
  Atomics.notify(flag, ANSWERS);
}

/** Distinct tokens of a cut long enough to have words inside. */
function longTokens(cuts: string[][]): string[] {
  const out = new Set<string>();
  for (const toks of cuts) for (const t of toks) if (t.length >= SPLIT_MIN_LENGTH) out.add(t);
  return [...out];
}

// However this thread ends, wake a caller that waits for an answer.
process.on('exit', () => {
  Atomics.store(flag, ENDED, 1);
  Atomics.add(flag, ANSWERS, 1);
  Atomics.notify(flag, ANSWERS);
});

function answer(req: SegmenterRequest): void {
  if (req.op === 'cut') {
    let cuts: string[][] = [];
    send(attempt((seg) => ({ value: (cuts = cutAll(seg, req.texts)) })));
    if (req.split) {
      const words = longTokens(cuts);
      send(attempt((seg) => ({ words, value: subWordsAll(seg, words) })));
    }
    return;
  }
  if (req.op === 'subWords') send(attempt((seg) => ({ value: subWordsAll(seg, req.words) })));
  else {
    send(
      attempt((seg) => {
        seg.addWord(req.word);
        return { value: [] };
      }),
    );
  }
}

/** Larger files are not looked at ahead: a report's text is well under this, and the head start is not worth reading more. */
const WARM_MAX_BYTES = 8 << 20;

/**
 * Readies the backend for the input files as they are on disk, while the
 * main thread is still loading the CLI and repairing them: most of what the
 * repaired text will need is in the raw one. Requests that came in
 * meanwhile are answered between files, so the first report's cut does not
 * wait for the second file. A file that isn't UTF-8 would only bring useless
 * words, so it is skipped; any failure just skips it.
 */
function warmUp(seg: Segmenter, files: string[]): void {
  for (const file of files) {
    try {
      if (statSync(file).size > WARM_MAX_BYTES) continue;
      const text = readFileSync(file, 'utf8');
      if (!text.includes('\uFFFD')) seg.warm?.(text);
    } catch {
      // unreadable here: the pipeline reports it
    }
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) answer(m.message as SegmenterRequest);
  }
}

if (segmenter?.warm) warmUp(segmenter, warmFiles);
port.on('message', answer);
