import { existsSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Segmenter, SegmenterName } from './segmenter.js';

/** What the main thread asks the segmenter thread (segmenter-worker.ts). */
export type SegmenterRequest =
  | { op: 'cut'; texts: string[] }
  | { op: 'subWords'; words: string[] }
  | { op: 'addWord'; word: string };

export type SegmenterReply = { value: string[][] } | { error: string };

/**
 * How long one request may go unanswered before the caller gives up rather
 * than hang: far beyond a dictionary load plus a whole report's cut.
 */
const ANSWER_TIMEOUT_MS = 120_000;

/** Flag values: 0 while a request waits, 1 when it is answered, THREAD_ENDED once the thread is gone. */
export const THREAD_ENDED = 2;

/**
 * A jieba backend loaded on its own thread, started as soon as the CLI knows
 * it will compare something: its dictionary load (most of a cold run) then
 * overlaps loading the CLI's modules and reading and structuring the reports.
 * Calls stay synchronous for the stages that use the segmenter: each
 * request is posted and the caller sleeps on a shared flag until the answer
 * is there, so callers batch (cutMany, subWordsMany) to pay one round trip
 * per report. The thread never keeps the process alive.
 */
export function threadSegmenter(name: SegmenterName): Segmenter {
  const script = new URL('./segmenter-worker.js', import.meta.url);
  // A missing script would never answer; say so now, so the caller can load in line instead.
  if (!existsSync(script)) throw new Error(`no segmenter thread script at ${script.pathname}`);
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(script, { workerData: { name, port: port2, flag }, transferList: [port2] });
  worker.unref();
  port1.unref();
  // The thread's end is reported through the flag (segmenter-worker.ts), not this event, which a caller asleep in ask() can't see.
  worker.on('error', () => {});

  function ask(req: SegmenterRequest): string[][] {
    if (Atomics.load(flag, 0) === THREAD_ENDED) throw new Error(`the ${name} segmenter thread has stopped`);
    Atomics.store(flag, 0, 0);
    port1.postMessage(req);
    if (Atomics.wait(flag, 0, 0, ANSWER_TIMEOUT_MS) === 'timed-out') {
      throw new Error(`the ${name} segmenter thread did not answer within ${ANSWER_TIMEOUT_MS / 1000} s`);
    }
    const reply = receiveMessageOnPort(port1)?.message as SegmenterReply | undefined;
    if (!reply) throw new Error(`the ${name} segmenter thread ${Atomics.load(flag, 0) === THREAD_ENDED ? 'has stopped' : 'answered nothing'}`);
    if ('error' in reply) throw new Error(reply.error);
    return reply.value;
  }

  return {
    name,
    cut: (text) => ask({ op: 'cut', texts: [text] })[0],
    cutMany: (texts) => ask({ op: 'cut', texts }),
    subWords: (word) => ask({ op: 'subWords', words: [word] })[0],
    subWordsMany: (words) => ask({ op: 'subWords', words }),
    addWord: (word) => {
      ask({ op: 'addWord', word });
    },
    release: () => {
      Atomics.store(flag, 0, THREAD_ENDED);
      void worker.terminate();
    },
  };
}
