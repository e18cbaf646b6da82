import type { ReportDiff } from '../src/report.js';
import type { SegmenterName } from '../src/segment/segmenter.js';
import { baselineDiff } from './baseline/sentence-diff.js';

/** Something that compares two texts into a ReportDiff: the engine or the baseline. */
export interface Engine {
  name: string;
  compare(oldText: string, newText: string): ReportDiff;
  /** Compares two specs (`FILE#review`); absent for the baseline, which reads texts only. */
  compareFiles?(oldSpec: string, newSpec: string): Promise<ReportDiff>;
}

/** The baseline sentence diff as an Engine. */
export const baselineEngine: Engine = { name: 'baseline', compare: baselineDiff };

/**
 * The reportdiff engine, loaded lazily from src/pipeline.ts so the harness
 * still runs (baseline only) while the engine is unfinished. Returns the
 * load error instead when it cannot be imported.
 */
export async function loadReportdiff(segmenter: SegmenterName): Promise<Engine | Error> {
  try {
    const p = await import('../src/pipeline.js');
    return {
      name: 'reportdiff',
      compare: (a, b) => p.compareTexts(a, b, { segmenter }),
      compareFiles: (a, b) => p.compareFiles(a, b, { segmenter }),
    };
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}
