import { describe, expect, it } from 'vitest';
import { protectedSpans } from '../../src/structure/brackets.js';
import { splitClauses } from '../../src/structure/clauses.js';

const clauses = (s: string) => splitClauses(s, 0, s.length, protectedSpans(s, 0, s.length)).map((r) => s.slice(r.start, r.end));

describe('splitClauses', () => {
  it('cuts after ， so that each six-character initiative stands alone (gov 2024)', () => {
    const s = '实施产业创新工程，完善产业生态，拓展应用场景，促进战略性新兴产业融合集群发展。';
    expect(clauses(s)).toEqual(['实施产业创新工程，', '完善产业生态，', '拓展应用场景，', '促进战略性新兴产业融合集群发展。']);
  });

  it('merges a clause shorter than six characters into the previous one (gov 2025)', () => {
    const s = '向大会报告政府工作，请予审议，并请全国政协委员提出意见。';
    expect(clauses(s)).toEqual(['向大会报告政府工作，请予审议，', '并请全国政协委员提出意见。']);
  });

  it('merges a short first clause into the next: 为此， never stands alone', () => {
    const s = '为此，要更加注重稳就业保民生，持续扩大国内有效需求。';
    expect(clauses(s)).toEqual(['为此，要更加注重稳就业保民生，', '持续扩大国内有效需求。']);
  });

  it('keeps a whole short sentence as one clause', () => {
    expect(clauses('弘扬工匠精神。')).toEqual(['弘扬工匠精神。']);
  });

  it('does not cut inside quotes (acftu: “疫情要防住、经济要稳住、发展要安全”)', () => {
    const s = '落实党中央关于“疫情要防住，经济要稳住，发展要安全”的部署要求，认真履行工会基本职责。';
    expect(clauses(s)).toEqual(['落实党中央关于“疫情要防住，经济要稳住，发展要安全”的部署要求，', '认真履行工会基本职责。']);
  });
});
