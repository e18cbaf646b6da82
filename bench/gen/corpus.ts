import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModel, type Model } from './model.js';
import { makeCase, PROFILES, type BenchCase } from './make-case.js';

/** Seeds the quality cases are built from (the real reports in `seeds/`). */
export const CASE_REPORTS = [
  'gov-work-report-2014', 'gov-work-report-2016', 'gov-work-report-2017', 'gov-work-report-2018', 'gov-work-report-2020',
  'gov-work-report-2021', 'gov-work-report-2022', 'gov-work-report-2023', 'gov-work-report-2024', 'gov-work-report-2025', 'acftu-2023',
];

/**
 * The first `n` cases: case i takes report i mod 11, profile i mod 6, a
 * donor three reports on, PDF wrapping on every other case, seed 1000 + i.
 */
export function buildCases(n: number, seedsDir: string): BenchCase[] {
  const texts = new Map<string, string>();
  const models = new Map<string, Model>();
  const text = (r: string) => texts.get(r) ?? (texts.set(r, readFileSync(join(seedsDir, `${r}.txt`), 'utf8')), texts.get(r)!);
  const out: BenchCase[] = [];
  for (let i = 0; i < n; i++) {
    const report = CASE_REPORTS[i % CASE_REPORTS.length];
    const donor = CASE_REPORTS[(i + 3) % CASE_REPORTS.length];
    if (!models.has(report)) models.set(report, parseModel(text(report)));
    out.push(
      makeCase({
        report, oldText: text(report), model: models.get(report)!, donor, donorText: text(donor),
        profile: PROFILES[i % PROFILES.length], wrapped: Math.floor(i / PROFILES.length) % 2 === 1, seed: 1000 + i,
      }),
    );
  }
  return out;
}
