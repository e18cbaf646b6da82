import { dirname } from 'node:path';
import type { Report, ReportDiff } from './report.js';
import type { Segmenter, SegmenterName } from './segment/segmenter.js';
import { readDocument, ingestText } from './ingest/index.js';
import { buildReport, selectPart } from './structure/index.js';
import { readManifest, findSeed, type SeedEntry } from './seeds/manifest.js';
import { loadSegmenter } from './segment/load-segmenter.js';
import { intlSegmenter } from './segment/intl-segmenter.js';
import { tokenizeReport } from './segment/tokenize-report.js';
import { alignSections } from './align/align-sections.js';
import { matchUnits } from './align/match-units.js';
import { classify } from './diff/classify.js';
import { InputError } from './errors.js';

/** Options shared by every comparison entry point. */
export interface CompareOptions {
  segmenter?: SegmenterName;
  /** Force the input encoding instead of detecting it. */
  encoding?: string;
}

/** A CLI spec split into its file and part: `FILE#review` → { file: 'FILE', part: 'review' }. */
export function parseSpec(spec: string): { file: string; part: 'all' | 'review' | 'plan' } {
  const m = /^(.*)#(review|plan)$/.exec(spec);
  if (m) return { file: m[1], part: m[2] as 'review' | 'plan' };
  if (/#[^/\\]*$/.test(spec) && !spec.endsWith('#')) {
    const part = spec.slice(spec.lastIndexOf('#') + 1);
    throw new InputError(spec, `unknown part "#${part}" (use #review or #plan)`, 'bad-spec');
  }
  return { file: spec, part: 'all' };
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

/** Reads, repairs and structures one spec (`FILE`, `FILE#review`, `FILE#plan`, `-`). */
export async function loadReport(spec: string, opts: CompareOptions = {}): Promise<Report> {
  const { file, part } = parseSpec(spec);
  const doc = await readDocument(file, { encoding: opts.encoding });
  const seed = seedHints(file);
  const report = buildReport(doc, { manifest: seed ? { review: seed.review, plan: seed.plan } : undefined });
  return part === 'all' ? report : selectPart(report, part);
}

/**
 * jieba for Chinese; ICU word breaks when either side is Japanese or Korean,
 * which jieba's dictionary would cut into single characters.
 */
function segmenterFor(a: Report, b: Report, name?: SegmenterName): Segmenter {
  for (const script of ['ja', 'ko'] as const) {
    if (a.script === script || b.script === script) return intlSegmenter(script);
  }
  return loadSegmenter(name);
}

/** Compares two structured reports: the one function that knows the stage order. */
export function compareReports(oldReport: Report, newReport: Report, opts: CompareOptions = {}): ReportDiff {
  const segmenter = segmenterFor(oldReport, newReport, opts.segmenter);
  const oldTokens = tokenizeReport(oldReport, segmenter);
  const newTokens = tokenizeReport(newReport, segmenter);
  const alignment = alignSections(oldTokens, newTokens);
  const matches = matchUnits(oldTokens, newTokens, alignment);
  return classify(oldTokens, newTokens, alignment, matches, segmenter.name);
}

/** Compares two specs end to end. */
export async function compareFiles(oldSpec: string, newSpec: string, opts: CompareOptions = {}): Promise<ReportDiff> {
  if (oldSpec === '-' && newSpec === '-') throw new InputError('-', 'only one side can be read from stdin', 'bad-spec');
  const [oldReport, newReport] = await Promise.all([loadReport(oldSpec, opts), loadReport(newSpec, opts)]);
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
