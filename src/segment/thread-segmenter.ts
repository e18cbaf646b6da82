import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Segmenter, SegmenterName } from './segmenter.js';

/**
 * node:worker_threads, loaded when a thread is started: only nodejieba
 * uses one in the CLI, and loading the module cost every node-rs run ≈4 ms.
 */
const workerThreads = () => createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

/**
 * What the main thread asks the segmenter thread (segmenter-worker.ts).
 * `split` on a cut: after answering it, the thread also sends the sub-words
 * of every distinct long token of the cut (segmenter.ts SPLIT_MIN_LENGTH), unasked, in a
 * second answer: the caller will want most of them next.
 */
export type SegmenterRequest =
  | { op: 'cut'; texts: string[]; split?: boolean }
  | { op: 'subWords'; words: string[] }
  | { op: 'addWord'; word: string };

export type SegmenterReply = { value: string[][] } | { words: string[]; value: string[][] } | { error: string };

/**
 * How long one request may go unanswered before the caller gives up rather
 * than hang: far beyond a dictionary load plus a whole report's cut.
 */
const ANSWER_TIMEOUT_MS = 120_000;

/**
 * The shared flags: ANSWERS counts the answers the thread has sent (the
 * caller sleeps until it moves), ENDED is 1 once the thread is gone.
 */
export const ANSWERS = 0;
export const ENDED = 1;

/** A cut asked for ahead of need: its texts and the tickets of its answers. */
interface Prefetch {
  texts: string[];
  cut: number;
  split: number;
  cutTaken: boolean;
}

/**
 * A jieba backend loaded on its own thread, started as soon as the CLI knows
 * it will compare something: its dictionary load (most of a cold run) then
 * overlaps loading the CLI's modules and reading and structuring the reports.
 * Calls stay synchronous for the stages that use the segmenter: requests are
 * answered in the order they were posted, each gets a ticket, and the caller
 * sleeps on a shared counter until its ticket's answer is there. Callers
 * batch (cutMany, subWordsMany) to pay one round trip per report, and can
 * post a report's cut early (prefetch) to collect it later. The thread never
 * keeps the process alive.
 */
export function threadSegmenter(name: SegmenterName): Segmenter {
  const script = new URL('./segmenter-worker.js', import.meta.url);
  // A missing script would never answer; say so now, so the caller can load in line instead.
  if (!existsSync(script)) throw new Error(`no segmenter thread script at ${script.pathname}`);
  const { MessageChannel, receiveMessageOnPort, Worker } = workerThreads();
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(script, { workerData: { name, port: port2, flag }, transferList: [port2] });
  worker.unref();
  port1.unref();
  // The thread's end is reported through the flag (segmenter-worker.ts), not this event, which a caller asleep in take() can't see.
  worker.on('error', () => {});

  let posted = 0;
  let received = 0;
  const answers = new Map<number, SegmenterReply>();
  const prefetched: Prefetch[] = [];
  /** Sub-words the thread sent ahead, by word. */
  const ahead = new Map<string, string[]>();

  const stopped = () => Atomics.load(flag, ENDED) === 1;

  function post(req: SegmenterRequest): number {
    if (stopped()) throw new Error(`the ${name} segmenter thread has stopped`);
    port1.postMessage(req);
    return posted++;
  }

  /** The answer to `ticket`, waiting for it; answers to other tickets that arrive first are kept. */
  function take(ticket: number): SegmenterReply {
    for (;;) {
      const kept = answers.get(ticket);
      if (kept) {
        answers.delete(ticket);
        return kept;
      }
      const sent = Atomics.load(flag, ANSWERS);
      for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) answers.set(received++, m.message as SegmenterReply);
      if (answers.has(ticket)) continue;
      if (stopped()) throw new Error(`the ${name} segmenter thread has stopped`);
      // Sent but not yet readable here: look again rather than sleep.
      if (sent > received) continue;
      if (Atomics.wait(flag, ANSWERS, sent, ANSWER_TIMEOUT_MS) === 'timed-out') {
        throw new Error(`the ${name} segmenter thread did not answer within ${ANSWER_TIMEOUT_MS / 1000} s`);
      }
    }
  }

  function value(reply: SegmenterReply): string[][] {
    if ('error' in reply) throw new Error(reply.error);
    return reply.value;
  }

  const ask = (req: SegmenterRequest) => value(take(post(req)));

  /** Sub-words sent ahead for cuts already collected: waiting for them beats asking, which would queue behind them. */
  function collectAhead(): void {
    for (const p of prefetched) {
      if (!p.cutTaken || p.split < 0) continue;
      const reply = take(p.split);
      p.split = -1;
      if ('words' in reply) reply.words.forEach((w, i) => ahead.set(w, reply.value[i]));
    }
  }

  function cutMany(texts: string[]): string[][] {
    const at = prefetched.findIndex((p) => !p.cutTaken && sameTexts(p.texts, texts));
    if (at < 0) return ask({ op: 'cut', texts });
    const p = prefetched[at];
    p.cutTaken = true;
    return value(take(p.cut));
  }

  function subWordsMany(words: string[]): string[][] {
    collectAhead();
    const missing = words.filter((w) => !ahead.has(w));
    const asked = missing.length ? ask({ op: 'subWords', words: missing }) : [];
    const got = new Map(missing.map((w, i) => [w, asked[i]]));
    return words.map((w) => ahead.get(w) ?? got.get(w)!);
  }

  return {
    name,
    cut: (text) => cutMany([text])[0],
    cutMany,
    prefetch: (texts) => {
      if (stopped() || !texts.length) return;
      const cut = post({ op: 'cut', texts, split: true });
      // The thread answers a split cut twice: the cut, then the sub-words.
      posted++;
      prefetched.push({ texts, cut, split: cut + 1, cutTaken: false });
    },
    subWords: (word) => subWordsMany([word])[0],
    subWordsMany,
    addWord: (word) => {
      ask({ op: 'addWord', word });
      // What was cut or split ahead used the dictionary without the word.
      for (const p of prefetched) p.cutTaken = true;
      prefetched.length = 0;
      ahead.clear();
    },
    release: () => {
      Atomics.store(flag, ENDED, 1);
      void worker.terminate();
    },
  };
}

function sameTexts(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
