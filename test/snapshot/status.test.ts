import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/snapshot/messages.js';
import { snapshotStatus } from '../../src/snapshot/status.js';

const PAIR = 'gov-work-report-2024--gov-work-report-2025';
const MD = '## gov-work-report-2024.txt → gov-work-report-2025.txt\n| new | 550 |\n';

describe('snapshotStatus', () => {
  it('classifies files as same, changed, missing and obsolete, ignoring files that are not snapshots', () => {
    const existing = new Map([
      [`${PAIR}.md`, MD],
      [`${PAIR}.json`, '{"chars": 18206}\n'],
      ['gov-work-report-2023--gov-work-report-2024.md', 'old'],
      ['README.md', 'about this folder'],
    ]);
    const expected = [
      { file: `${PAIR}.md`, content: MD },
      { file: `${PAIR}.json`, content: '{"chars": 18208}\n' },
      { file: 'acftu-2023--review-vs-plan.md', content: '## acftu' },
    ];
    expect(snapshotStatus(expected, existing).map((s) => [s.file, s.status])).toEqual([
      [`${PAIR}.md`, 'same'],
      [`${PAIR}.json`, 'changed'],
      ['acftu-2023--review-vs-plan.md', 'missing'],
      ['gov-work-report-2023--gov-work-report-2024.md', 'obsolete'],
    ]);
  });
});

describe('checkReport', () => {
  it('shows a JSON patch when only the JSON changed', () => {
    const out = checkReport(snapshotStatus([{ file: `${PAIR}.json`, content: '{"chars": 18208}\n' }], new Map([[`${PAIR}.json`, '{"chars": 18206}\n']])), 'snapshots');
    expect(out.split('\n')).toEqual([
      `✗ snapshots/${PAIR}.json differs from what the seeds give now:`,
      `--- a/snapshots/${PAIR}.json\tsnapshot`,
      `+++ b/snapshots/${PAIR}.json\tseeds now`,
      '@@ -1,1 +1,1 @@',
      '-{"chars": 18206}',
      '+{"chars": 18208}',
      '',
    ]);
  });

  it('only names the JSON when the summary changed too', () => {
    const statuses = snapshotStatus(
      [
        { file: `${PAIR}.md`, content: MD.replace('550', '551') },
        { file: `${PAIR}.json`, content: '{"chars": 18208}\n' },
      ],
      new Map([
        [`${PAIR}.md`, MD],
        [`${PAIR}.json`, '{"chars": 18206}\n'],
      ]),
    );
    const out = checkReport(statuses, 'snapshots');
    expect(out).toContain('-| new | 550 |\n+| new | 551 |\n');
    expect(out).toContain(`✗ snapshots/${PAIR}.json differs too (the full diff).\n`);
    expect(out).not.toContain('18206');
  });
});
