import { describe, expect, it } from 'vitest';
import { defaultComparison, seedSpec } from '../../src/cli/commands/start.js';
import { readManifest, type SeedManifest } from '../../src/seeds/manifest.js';

describe('defaultComparison', () => {
  it('picks the newest consecutive pair of the bundled seeds: 2024 → 2025', () => {
    const pick = defaultComparison(readManifest('seeds'));
    expect(pick).toMatchObject({ kind: 'consecutive', old: 'gov-work-report-2024.txt', new: 'gov-work-report-2025.txt' });
  });
  it('falls back to review against plan when no series has two reports', () => {
    const m: SeedManifest = {
      version: 1,
      reports: [{ file: 'acftu-2023.txt', series: 'acftu', title: 't', year: 2023, source: 's' }],
    };
    expect(defaultComparison(m)).toMatchObject({ old: 'acftu-2023.txt#review', new: 'acftu-2023.txt#plan' });
  });
  it('is null for an empty manifest', () => {
    expect(defaultComparison({ version: 1, reports: [] })).toBeNull();
  });
});

describe('seedSpec', () => {
  it('joins the seeds folder and keeps the #part suffix', () => {
    expect(seedSpec('seeds', 'acftu-2023.txt#plan')).toBe('seeds/acftu-2023.txt#plan');
    expect(seedSpec('seeds', 'gov-work-report-2025.txt')).toBe('seeds/gov-work-report-2025.txt');
  });
});
