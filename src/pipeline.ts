import { stat } from './fs/callback-fs.js';
import { dirname } from 'node:path';
import type { Report, ReportDiff } from './report.js';
import type { SegmenterName } from './segment/segmenter.js';
import { readDocument, ingestText } from './ingest/index.js';
import { buildReport, selectPart } from './structure/index.js';
import { readManifest, findSeed, type SeedEntry } from './seeds/manifest.js';
import { loadSegmenter, releaseSegmenters, startedSegmenter } from './segment/load-segmenter.js';
import { intlSegmenter } from './segment/intl-segmenter.js';
import { bytesSource, cacheDir, cachingSegmenter, hasCachedTokens } from './segment/token-cache.js';
import { stretchesToCut, tokenizeReport, type TokenizedReport } from './segment/tokenize-report.js';
import { alignSections } from './align/align-sections.js';
import { matchUnits } from './align/match-units.js';
import { nearestUnits } from './align/nearest-units.js';
import { termWeights } from './align/term-weights.js';
import { indexTerms } from './align/term-index.js';
import { classify } from './diff/classify.js';
import { CLOSEST_RERANK } from './diff/closest.js';
import { InputError } from './errors.js';
import { parseSpec } from './spec.js';

/** Options shared by every comparison entry point. */
export interface CompareOptions {
  segmenter?: SegmenterName;
  /** Force the input encoding instead of detecting it. */
  encoding?: string;
  /**
   * Nothing else will be compared in this process: the segmenter is let go
   * as soon as both sides are tokenised, before matching needs its memory.
   */
  last?: boolean;
}

/** Manifest hints for a file that sits in a folder with a seeds manifest, else undefined. */
function seedHints(file: string): SeedEntry | undefined {
  if (file === '-') return undefined;
  try {
    return findSeed(readManifest(dirname(file)), file);
  } catch {
    return undefined;
  }
}

/**
 * Reports already built in this process, by file identity: a series of
 * comparisons (2014→2016, 2016→2017, …) reads every inner report twice.
 * Small and bounded; the key includes size and mtime so an edited file is
 * read again.
 */
const reportMemo = new Map<string, Promise<Report>>();
const MEMO_SIZE = 8;

function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  memo.set(key, value);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as K);
  return value;
}

async function buildFromFile(file: string, opts: CompareOptions): Promise<Report> {
  const doc = await readDocument(file, { encoding: opts.encoding });
  const seed = seedHints(file);
  return buildReport(doc, { manifest: seed ? { review: seed.review, plan: seed.plan } : undefined });
}

const select = (r: Report, part: 'all' | 'review' | 'plan') => (part === 'all' ? r : selectPart(r, part));

/**
 * Reads, repairs and structures one spec (`FILE`, `FILE#review`, `FILE#plan`,
 * `-`). A file is built once per process whichever of its parts are asked
 * for (`#review` against `#plan` of one report reads it once).
 */
export async function loadReport(spec: string, opts: CompareOptions = {}): Promise<Report> {
  const { file, part } = parseSpec(spec);
  if (file === '-') return select(await buildFromFile(file, opts), part);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return select(await buildFromFile(file, opts), part); // let ingest name the problem
  const keyOf = (p: string) => `${file}\0${p}\0${opts.encoding ?? ''}\0${info.size}\0${info.mtimeMs}`;
  const cached = (p: 'all' | 'review' | 'plan', make: () => Promise<Report>): Promise<Report> => {
    const key = keyOf(p);
    const hit = reportMemo.get(key);
    if (hit) return hit;
    const made = make();
    made.catch(() => reportMemo.delete(key));
    return remember(reportMemo, key, made);
  };
  const full = () => cached('all', () => buildFromFile(file, opts));
  return part === 'all' ? full() : cached(part, async () => selectPart(await full(), part));
}

/** Tokenised reports of this process, per report and segmenter kind (the same Report object comes back from loadReport). */
const tokenMemo = new WeakMap<Report, Map<string, TokenizedReport>>();

/**
 * Which segmenter a pair needs: jieba for Chinese; ICU word breaks when
 * either side is Japanese or Korean, which jieba's dictionary would cut into
 * single characters.
 */
function segmenterKind(a: Report, b: Report, name: SegmenterName): SegmenterName | 'intl-ja' | 'intl-ko' {
  for (const script of ICU_SCRIPTS) if (a.script === script || b.script === script) return `intl-${script}`;
  return name;
}
const ICU_SCRIPTS = ['ja', 'ko'] as const;
const usesIcu = (r: Report) => (ICU_SCRIPTS as readonly string[]).includes(r.script);

/**
 * Tokenises a report once per process and segmenter kind. Only on a miss is a
 * segmenter made: jieba behind the per-text token cache, so a report seen in
 * an earlier run needs no dictionary load either.
 */
function tokenized(r: Report, kind: ReturnType<typeof segmenterKind>): TokenizedReport {
  let byKind = tokenMemo.get(r);
  if (!byKind) tokenMemo.set(r, (byKind = new Map()));
  let t = byKind.get(kind);
  if (!t) {
    if (kind === 'intl-ja' || kind === 'intl-ko') {
      t = tokenizeReport(r, intlSegmenter(kind === 'intl-ja' ? 'ja' : 'ko'));
    } else {
      const seg = cachingSegmenter(kind, () => loadSegmenter(kind), r.digest ? bytesSource(r.digest) : r.text, cacheDir());
      t = tokenizeReport(r, seg);
      seg.save();
    }
    byKind.set(kind, t);
  }
  return t;
}

/** Compares two structured reports: the one function that knows the stage order. */
export function compareReports(oldReport: Report, newReport: Report, opts: CompareOptions = {}): ReportDiff {
  const kind = segmenterKind(oldReport, newReport, opts.segmenter ?? 'node-rs');
  const oldTokens = tokenized(oldReport, kind);
  const newTokens = tokenized(newReport, kind);
  if (opts.last) releaseSegmenters();
  const weights = termWeights(oldTokens, newTokens);
  const alignment = alignSections(oldTokens, newTokens, weights);
  const nearest = nearestUnits(oldTokens.units.length, newTokens.units.length, CLOSEST_RERANK);
  // Read by the matcher and by the claims' pointers.
  const ix = indexTerms(oldTokens, newTokens, weights);
  const matches = matchUnits(oldTokens, newTokens, alignment, weights, nearest, ix);
  return classify(oldTokens, newTokens, alignment, matches, weights, nearest, ix, kind);
}

/**
 * Hands a freshly structured report's text to a jieba backend already
 * started on its own thread (the CLI starts nodejieba's first thing), so the
 * cut begins as soon as the dictionary is in, while this thread structures
 * the other report, and waits less when tokenizeReport asks for it. Never
 * loads a backend: with none started on a thread (node-rs, which loads in
 * line; all inputs in the token cache) it does nothing.
 */
function prefetchTokens(r: Report, name: SegmenterName): Report {
  if (usesIcu(r) || tokenMemo.get(r)?.has(name)) return r;
  const seg = startedSegmenter(name);
  if (!seg?.prefetch) return r;
  // A cut the token cache holds would never be collected, and the thread answers in order.
  if (r.digest && hasCachedTokens(name, r.digest)) return r;
  seg.prefetch(stretchesToCut(r).map((s) => s.text));
  return r;
}

/** Compares two specs end to end. */
export async function compareFiles(oldSpec: string, newSpec: string, opts: CompareOptions = {}): Promise<ReportDiff> {
  if (oldSpec === '-' && newSpec === '-') throw new InputError('-', 'only one side can be read from stdin', 'bad-spec');
  const name = opts.segmenter ?? 'node-rs';
  const [oldReport, newReport] = await Promise.all([
    loadReport(oldSpec, opts).then((r) => prefetchTokens(r, name)),
    loadReport(newSpec, opts).then((r) => prefetchTokens(r, name)),
  ]);
  return compareReports(oldReport, newReport, opts);
}

/** Compares two texts already in memory (tests, benchmarks). */
export function compareTexts(
  oldText: string,
  newText: string,
  opts: CompareOptions & { oldName?: string; newName?: string } = {},
): ReportDiff {
  const oldReport = buildReport(ingestText(oldText, opts.oldName ?? 'old'));
  const newReport = buildReport(ingestText(newText, opts.newName ?? 'new'));
  return compareReports(oldReport, newReport, opts);
}
