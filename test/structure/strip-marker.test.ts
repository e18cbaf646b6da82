import { describe, expect, it } from 'vitest';
import { stripEnumMarker } from '../../src/structure/strip-marker.js';

describe('stripEnumMarker', () => {
  it('drops outline and enumeration markers of real headings', () => {
    expect(stripEnumMarker('（一）大力推进现代化产业体系建设。')).toBe('大力推进现代化产业体系建设。');
    expect(stripEnumMarker('二是激发创新创造活力。')).toBe('激发创新创造活力。');
    expect(stripEnumMarker('三、2024年政府工作任务')).toBe('2024年政府工作任务');
    expect(stripEnumMarker('第一，向深化改革要动力。')).toBe('向深化改革要动力。');
  });

  it('keeps numbers that are content', () => {
    expect(stripEnumMarker('1.1亿元用于职工帮扶')).toBe('1.1亿元用于职工帮扶');
  });
});
