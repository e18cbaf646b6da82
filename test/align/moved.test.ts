import { describe, expect, it } from 'vitest';
import { changeWith, seedDiff } from '../helpers/seeds.js';

// 2021's `三、2021年重点工作` opens with the year's targets, which 2022 put in
// `二、…总体要求和政策取向`: the two parents align by that text, while their
// subsections align plan with plan, under 2022's `三、2022年政府工作任务`.
describe('moves between the plans of 2021 and 2022, whose parents align apart', () => {
  const diff = () => seedDiff('gov-work-report-2021.txt', 'gov-work-report-2022.txt');

  it.each([
    ['坚持房子是用来住的、不是用来炒的定位，', '坚持房子是用来住的、不是用来炒的定位，'],
    ['我们要坚持和完善民族区域自治制度，', '我们要坚持和完善民族区域自治制度，'],
  ])('a sentence kept in the aligned plan subsection did not move: %s', async (oldText, newText) => {
    const c = changeWith(await diff(), 'old', oldText);
    expect(c?.new?.text).toBe(newText);
    expect(c!.moved).toBe(false);
  });

  it('a sentence taken into another plan subsection still moved', async () => {
    const c = changeWith(await diff(), 'old', '今年拟安排地方政府专项债券3.65万亿元，');
    expect(c?.new?.section).toEqual(['2022年政府工作任务', '着力稳定宏观经济大盘，保持经济运行在合理区间']);
    expect(c!.old!.section[1]).toBe('坚持扩大内需这个战略基点，充分挖掘国内市场潜力');
    expect(c!.moved).toBe(true);
  });

  it('links what only the passes for units in place find: 推进基本养老保险全国统筹', async () => {
    const c = changeWith(await diff(), 'old', '推进基本养老保险全国统筹，');
    expect(c?.kind).toBe('modified');
    expect(c!.new!.text).toBe('稳步实施企业职工基本养老保险全国统筹，');
    expect(c!.moved).toBe(false);
  });
});
