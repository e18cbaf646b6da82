/**
 * Worker-thread side of `threadSegmenter` (thread-segmenter.ts): loads one
 * jieba backend, then answers batched requests on the port it was given,
 * raising the shared flag after each answer so the waiting thread wakes.
 * Every request gets an answer, an error included: the other side blocks
 * until it does.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { loadSegmenter } from './load-segmenter.js';
import type { Segmenter, SegmenterName } from './segmenter.js';
import { cutAll, subWordsAll } from './segmenter.js';
import { THREAD_ENDED, type SegmenterReply, type SegmenterRequest } from './thread-segmenter.js';

const { name, port, flag } = workerData as { name: SegmenterName; port: MessagePort; flag: Int32Array };

let segmenter: Segmenter | null = null;
let loadError: string | null = null;
try {
  // This thread has its own module instances, so this loads here and never preloads again.
  segmenter = loadSegmenter(name);
} catch (err) {
  loadError = (err as Error)?.message ?? String(err);
}

function answer(req: SegmenterRequest): SegmenterReply {
  if (!segmenter) return { error: `cannot load the ${name} segmenter: ${loadError}` };
  try {
    if (req.op === 'cut') return { value: cutAll(segmenter, req.texts) };
    if (req.op === 'subWords') return { value: subWordsAll(segmenter, req.words) };
    segmenter.addWord(req.word);
    return { value: [] };
  } catch (err) {
    return { error: (err as Error)?.message ?? String(err) };
  }
}

// However this thread ends, wake a caller that waits for an answer.
process.on('exit', () => {
  Atomics.store(flag, 0, THREAD_ENDED);
  Atomics.notify(flag, 0);
});

port.on('message', (req: SegmenterRequest) => {
  port.postMessage(answer(req));
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
