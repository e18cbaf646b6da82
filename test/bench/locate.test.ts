import { describe, it, expect } from 'vitest';
import { locateUnits } from '../../bench/score/locate.js';

const key = '推进政府与同级工会联席会议制度建设。推动完善“法院+工会”劳动争议多元化解。';
const ref = (id: number, text: string, start: number) => ({ id, text, section: [], sectionId: 0, sentence: 0, paragraph: 0, start, end: start + text.length });

describe('locateUnits', () => {
  it('finds units whose text still carries PDF spaces and skips one it cannot find without losing the rest', () => {
    const spans = locateUnits([ref(0, '推进政府与同级工会\n联席会议制度建设。', 0), ref(1, '不存在的文字', 20), ref(2, '推动完善“法院+工会”', 30), ref(3, '劳动争议多元化解。', 40)], key);
    expect(spans.get(0)).toEqual({ start: 0, end: 18 });
    expect(spans.has(1)).toBe(false);
    expect(spans.get(2)).toEqual({ start: 18, end: 29 });
    expect(spans.get(3)).toEqual({ start: 29, end: 38 });
  });

  it('places a repeated short unit at its own place, not the first occurrence', () => {
    const k = '工会。工会。';
    const spans = locateUnits([ref(0, '工会。', 0), ref(1, '工会。', 3)], k);
    expect(spans.get(1)).toEqual({ start: 3, end: 6 });
  });
});
