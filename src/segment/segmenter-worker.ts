/**
 * Worker-thread side of `threadSegmenter` (thread-segmenter.ts): loads one
 * jieba backend, then answers batched requests on the port it was given, in
 * the order they came, counting each answer in the shared flag so the
 * waiting thread wakes. Every request gets an answer, an error included
 * (a split cut gets two): the other side blocks until it does.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { loadSegmenter } from './load-segmenter.js';
import type { Segmenter, SegmenterName } from './segmenter.js';
import { cutAll, SPLIT_MIN_LENGTH, subWordsAll } from './segmenter.js';
import { ANSWERS, ENDED, type SegmenterReply, type SegmenterRequest } from './thread-segmenter.js';

const { name, port, flag } = workerData as { name: SegmenterName; port: MessagePort; flag: Int32Array };

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

port.on('message', (req: SegmenterRequest) => {
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
});
