import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/structure/index.js';
import { ingestText } from '../../src/ingest/index.js';
import { readFileSync } from 'node:fs';
import { changeWith, seed, seedDiff } from '../helpers/seeds.js';
import { acftuDoc, seedDoc } from './seed-doc.js';

describe('front matter before the opening address', () => {
  it('is set aside from 2024’s text: title, date line and speaker', () => {
    const r = buildReport(ingestText(readFileSync(seed('gov-work-report-2024.txt'), 'utf8'), 'gov-work-report-2024.txt'));
    expect(r.front).toEqual(['政府工作报告', '——2024年3月5日在第十四届全国人民代表大会第二次会议上', '国务院总理李　强']);
    expect(r.text.startsWith('各位代表：')).toBe(true);
    expect(r.units.some((u) => u.text.includes('第十四届全国人民代表大会第二次会议'))).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toContain('front-matter');
  });

  it('is never claimed dropped against a text that has none (2024 → 2025)', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    expect(d.old.front?.[1]).toBe('——2024年3月5日在第十四届全国人民代表大会第二次会议上');
    expect(d.new.front).toBeUndefined();
    expect(changeWith(d, 'old', '国务院总理')).toBeUndefined();
    expect(changeWith(d, 'old', '各位代表：')?.kind).toBe('carried');
  });

  it('takes a congress report’s two-line title, date and speaker (20th congress, first lines as published)', () => {
    const text = ['高举中国特色社会主义伟大旗帜', '为全面建设社会主义现代化国家而团结奋斗', '——在中国共产党第二十次全国代表大会上的报告', '（2022年10月16日）', '习　近　平', '同志们：', '现在，我代表第十九届中央委员会向大会作报告。'].join('\n\n');
    const r = buildReport(ingestText(text, '20.txt'));
    expect(r.front).toHaveLength(5);
    expect(r.units.map((u) => u.text)).toEqual(['同志们：', '现在，我代表第十九届中央委员会向大会作报告。']);
  });

  it('ends at the address where a PDF’s title page lost its line breaks (2022, re-wrapped as the quality benchmark does)', () => {
    const text = ['政府工作报告', '——2022年3月5日在第十三届全国人民代表大会第五次会议上国务院总理李克强各位代表：', '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。'].join('\n');
    const r = buildReport(ingestText(text, '2022.txt'));
    expect(r.front).toEqual(['政府工作报告', '——2022年3月5日在第十三届全国人民代表大会第五次会议上国务院总理李克强']);
    expect(r.units[0].text).toBe('各位代表：');
  });

  it('still gives the plan its year from the date line where no heading names it (2023: 对今年政府工作的建议)', () => {
    const r = buildReport(ingestText(readFileSync(seed('gov-work-report-2023.txt'), 'utf8'), 'gov-work-report-2023.txt'));
    expect(r.front?.[1]).toBe('——2023年3月5日在第十四届全国人民代表大会第一次会议上');
    expect(r.parts.find((p) => p.kind === 'plan')).toMatchObject({ title: '二、对今年政府工作的建议', years: [2023] });
  });

  it('is nothing when the text starts in the speech: the acftu seed, and 2025 (address first)', () => {
    expect(buildReport(acftuDoc()).front).toBeUndefined();
    expect(buildReport(seedDoc('gov-work-report-2025.txt')).front).toBeUndefined();
  });
});
