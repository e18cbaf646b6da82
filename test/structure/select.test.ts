import { describe, expect, it } from 'vitest';
import { buildReport, selectPart } from '../../src/structure/index.js';
import { InputError } from '../../src/errors.js';
import { docOf } from './seed-doc.js';

describe('selectPart', () => {
  it('throws InputError no-part for a text without a plan heading', () => {
    // Opening lines of gov-work-report-2024 only.
    const r = buildReport(docOf('open.txt', '各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。'));
    expect(r.parts.map((p) => p.kind)).toEqual(['other']);
    let err: unknown;
    try {
      selectPart(r, 'plan');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ file: 'open.txt', code: 'no-part', message: 'has no plan part (no heading like “2024年政府工作任务” found)' });
  });
});
