import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url));
const nonBlankLines = (s: string) => s.split(/\r?\n/).filter((l) => l.trim() !== '').length;

describe('ingest seeds/acftu-2023.txt (PDF-extracted, hard-wrapped)', () => {
  const doc = ingestBytes(read('../../seeds/acftu-2023.txt'), 'seeds/acftu-2023.txt');
  const lines = doc.text.split('\n');

  it('rebuilds whole paragraphs and headings', () => {
    expect(lines).toContain('（二）在新的起点上谋划推进产业工人队伍建设改革。');
    expect(lines).toContain('二、2023年工会工作总体要求和主要任务');
    expect(lines).toContain('（三）扎实做好疫情防控新形势下的维权服务工作，努力解决职工群众的急难愁盼问题。');
    expect(doc.text).toContain('以开展产业工人队伍建设改革5周年系列活动为契机');
    expect(doc.text).toContain('二是深化长效机制建设。召开2022年全国工会维护劳动领域政治安全工作座谈会');
    expect(doc.text).toContain('三是以“中国梦·劳动美——喜迎二十大 建功新时代”为主题');
  });

  it('has no blank or untrimmed line and a plausible paragraph count', () => {
    expect(lines.every((l) => l.trim() === l && l !== '')).toBe(true);
    // 681 physical lines; the report has ~12 headings and ~35 body paragraphs.
    expect(lines.length).toBeGreaterThanOrEqual(40);
    expect(lines.length).toBeLessThanOrEqual(60);
    // the 27 `一是/二是/三是` leads of the seed (one letter-spaced: `二 是 深 化`) each open a paragraph
    expect(doc.text.match(/^[一二三]是/gm)?.length).toBe(27);
    expect(doc.text).not.toMatch(/[^\n][一二三]是/);
    expect(doc.diagnostics.find((d) => d.code === 'hard-wrap-joined')?.severity).toBe('info');
  });
});

describe('ingest seeds/gov-work-report-2017.txt (wikisource)', () => {
  const raw = read('../../seeds/gov-work-report-2017.txt');
  const doc = ingestBytes(raw, '2017');
  const lines = doc.text.split('\n');

  it('removes the artefacts', () => {
    expect(doc.text).not.toMatch(/[\u200b\u3000]/);
    expect(lines[0]).toBe('政府工作报告');
    expect(doc.text).toContain('国内生产总值达到74.4万亿元，增长6.7%');
    expect(doc.text).toContain('74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%');
    expect(doc.text).toContain('“十三五”实现了良好开局');
  });

  it('keeps wikisource paragraphs separate: output lines ≥ blank-separated blocks minus joined fragments', () => {
    const blocks = raw.toString('utf8').replace(/\n\u200b(?=\n)/g, '').split(/\n\s*\n/).filter((b) => b.trim()).length;
    // 33 page markers and ~50 link fragments disappear, but no block may merge with another.
    expect(lines.length).toBeGreaterThanOrEqual(blocks);
    expect(lines.length).toBeLessThan(nonBlankLines(raw.toString('utf8')));
  });
});

describe('ingest seeds/gov-work-report-2020.txt (one segment per line)', () => {
  const raw = read('../../seeds/gov-work-report-2020.txt').toString('utf8');
  const doc = ingestBytes(Buffer.from(raw), '2020');
  const lines = doc.text.split('\n');

  it('never joins a line ending in 。 with the next', () => {
    const rawLines = raw.split('\n').filter((l) => l.trim());
    const sentenceLines = rawLines.map((l) => l.trim()).filter((l) => /。$/.test(l));
    const unended = sentenceLines.filter((l) => !lines.some((out) => out.endsWith(l)));
    expect(unended).toEqual([]);
    // only comma-cut segments were joined: 450 raw lines → 383 paragraphs
    expect(lines.length).toBe(rawLines.length - rawLines.filter((l) => /[，、]$/.test(l.trim())).length);
  });

  it('rejoins the comma-cut segments', () => {
    expect(doc.text).toContain('广大医务人员英勇奋战，人民解放军指战员勇挑重担，科技工作者协同攻关，');
  });
});

describe('ingest corpus 1998.txt excerpt (test/fixtures/ingest/gov-1998-excerpt.txt)', () => {
  const raw = read('../fixtures/ingest/gov-1998-excerpt.txt').toString('utf8');
  const doc = ingestBytes(Buffer.from(raw), '1998');

  it('closes spaced digits and drops ideographic indents, paragraph for paragraph', () => {
    expect(doc.text).toContain('本届政府从1993年3月就职');
    expect(doc.text).toContain('1997年国内生产总值达到74772亿元，按可比价格计算，平均每年增长11%。');
    expect(doc.text).toContain('去年经济增长8.8%，商品零售价格涨幅为0.8%');
    expect(doc.text).toContain('电话交换机总容量达到1.1亿门');
    expect(doc.text).not.toMatch(/\d \d|\u3000/);
    expect(doc.text.split('\n').length).toBe(nonBlankLines(raw));
  });
});
