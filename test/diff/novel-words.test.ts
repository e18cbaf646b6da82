import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changeWith, filesDiff, fixture, seed, seedDiff } from '../helpers/seeds.js';
import { compareKey } from '../../src/ingest/normalize.js';
import { isGenreWord, termPrior } from '../../src/segment/terms.js';
import { novelShare } from '../../src/diff/novel-words.js';

/** A seed's text as a reader searching it sees it: folded as keys are, with line breaks and spaces gone. */
const searchable = (file: string) => compareKey(readFileSync(seed(file), 'utf8')).replace(/\s+/g, '');

describe('the words a new or dropped claim names as never used by the other report (gov 2024 → 2025)', () => {
  it('names only words a search of the other report finds nowhere, for every claim', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const text = { old: searchable('gov-work-report-2024.txt'), new: searchable('gov-work-report-2025.txt') };
    const claims = d.changes.filter((c) => c.kind === 'new' || c.kind === 'dropped');
    expect(claims.length).toBeGreaterThan(500);
    for (const c of claims) {
      expect(c.novel, c.kind).toBeDefined();
      const other = c.kind === 'new' ? text.old : text.new;
      for (const w of c.novel!) expect(other.includes(w), `${w} in ${(c.new ?? c.old)!.text}`).toBe(false);
      // Boilerplate and genre words say nothing about a claim, whichever report happens to use them.
      for (const w of c.novel!) expect(termPrior(w) === 1 && !isGenreWord(w), w).toBe(true);
    }
    // Words jieba's count misses but a search finds: 2024 has 资产 only inside 投资产业, 验证 inside 中试验证平台.
    expect(changeWith(d, 'new', '推进职务科技成果赋权和资产单列管理改革')?.novel ?? []).not.toContain('资产');
    expect(claims.flatMap((c) => c.novel ?? [])).not.toContain('验证');
  });

  it.each([
    { pair: ['2023', '2024'], unit: '大力提高职业教育质量。', word: '大力提高' },
    { pair: ['2022', '2023'], unit: '（三）切实落实“两个毫不动摇”。', word: '切实落实' },
  ])('names no word made of boilerplate end to end ($word in $unit)', async ({ pair, unit, word }) => {
    const d = await seedDiff(`gov-work-report-${pair[0]}.txt`, `gov-work-report-${pair[1]}.txt`);
    const c = changeWith(d, 'new', unit);
    expect(c?.kind).toBe('new');
    // The OLD report never writes the word, but it is 大力 + 提高 / 切实 + 落实, all boilerplate: no evidence.
    expect(searchable(`gov-work-report-${pair[0]}.txt`).includes(word)).toBe(false);
    expect(c!.novel).not.toContain(word);
  });

  it('gives a quoted name, not its pieces (“嫦娥六号”, not 嫦娥 and 六号)', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const c = changeWith(d, 'new', '“嫦娥六号”实现人类首次月球背面采样返回');
    expect(c?.kind).toBe('new');
    expect(c!.novel).toContain('嫦娥六号');
    expect(c!.novel).not.toContain('嫦娥');
    expect(c!.novel).not.toContain('六号');
  });

  it('never names a word of the outline marker (gov 2006 → 2007: 第五，深入开展安全生产专项整治)', async () => {
    // 2007 never writes 第五, 第六 or 第七, but they number the items of 2006's list, as （五） would: no evidence.
    const d = await filesDiff(fixture('align/gov-work-report-2006.txt'), fixture('align/gov-work-report-2007.txt'));
    const text2007 = compareKey(readFileSync(fixture('align/gov-work-report-2007.txt'), 'utf8'));
    for (const [unit, marker] of [['第五，深入开展安全生产专项整治。', '第五'], ['第六，强化企业管理。', '第六'], ['第七，加强安全生产法制建设。', '第七']]) {
      const c = changeWith(d, 'old', unit);
      expect(c?.kind, unit).toBe('dropped');
      expect(text2007.includes(marker)).toBe(false);
      expect(c!.novel, unit).not.toContain(marker);
    }
    // A numeral that is the claim's own word is named: 2022's 第三支柱养老保险, whose 第三 2023 never writes.
    const own = changeWith(await seedDiff('gov-work-report-2022.txt', 'gov-work-report-2023.txt'), 'old', '继续规范发展第三支柱养老保险');
    expect(own?.kind).toBe('dropped');
    expect(own!.novel).toContain('第三');
  });

  it('leaves none for a claim whose every word the other report uses, and counts those claims', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    // 2025 says it in other words, 完善和落实一揽子化债方案, each word of the 2024 clause found in it or elsewhere.
    const c = changeWith(d, 'old', '制定实施一揽子化解地方债务方案');
    expect(c?.kind).toBe('dropped');
    expect(c!.novel).toEqual([]);
    expect(d.counts.unsure).toBe(d.changes.filter((x) => x.novel?.length === 0).length);
    expect(d.counts.unsure).toBeGreaterThan(100);
    // Links carry no such words: the shared terms are their evidence.
    expect(d.changes.filter((x) => x.kind === 'carried' || x.kind === 'modified').every((x) => x.novel === undefined)).toBe(true);
  });
});

describe('how much of a claim its novel words make up (novelShare)', () => {
  it('counts their characters against the letters, digits and ideographs of the unit, punctuation and quotes left out (gov 2024 → 2025)', async () => {
    const d = await seedDiff('gov-work-report-2024.txt', 'gov-work-report-2025.txt');
    const share = (text: string) => {
      const c = changeWith(d, 'new', text)!;
      return novelShare(c.new!.text, c.novel!);
    };
    // Every word new: 关税壁垒 and 增多, 6 characters of 6.
    expect(share('关税壁垒增多')).toBe(1);
    // 嫦娥六号、首次、月球、背面、采样、返回: 14 of the 18 letters and ideographs of “嫦娥六号”实现人类首次月球背面采样返回.
    expect(share('实现人类首次月球背面采样返回')).toBeCloseTo(14 / 18, 10);
    // Digits count, the decimal point does not: 外汇储备 and 万亿美元 are 8 of the 12 of 外汇储备超过3.2万亿美元.
    expect(share('外汇储备超过3.2万亿美元')).toBeCloseTo(8 / 12, 10);
  });

  it('is 0 for a claim that names none, and never above 1', () => {
    expect(novelShare('过去一年，我国发展历程很不平凡。', [])).toBe(0);
    expect(novelShare('。', [])).toBe(0);
    expect(novelShare('稳住楼市股市，', ['稳住', '楼市', '股市', '楼市股市'])).toBe(1);
  });
});

describe('short and long forms of one name (src/segment/aliases.ts)', () => {
  it('names no word the other report writes in its other form (gov 2021 → 2022: 外商投资 / 外资)', async () => {
    // 2021 never writes 外商投资, but 利用外资 and 内外资企业: a reader searching it for foreign investment finds it.
    expect(searchable('gov-work-report-2021.txt')).not.toContain('外商投资');
    expect(searchable('gov-work-report-2021.txt')).toContain('外资');
    const d = await seedDiff('gov-work-report-2021.txt', 'gov-work-report-2022.txt');
    const c = changeWith(d, 'new', '扩大鼓励外商投资范围');
    expect(c?.kind).toBe('new');
    expect(c!.novel).not.toContain('外商投资');
  });

  it('links a coined short name to its long form (gov 2020 → 2021: 进博会 / 中国国际进口博览会)', async () => {
    const d = await seedDiff('gov-work-report-2020.txt', 'gov-work-report-2021.txt');
    const c = changeWith(d, 'old', '筹办好第三届进博会');
    expect(c?.new?.text).toContain('成功举办第三届中国国际进口博览会');
    // The evidence is shown as NEW writes it.
    expect(c!.shared).toContain('进口博览会');
  });
});

describe('a numbered slogan and its list (src/segment/slogans.ts)', () => {
  it('names no member of a list the other report names by its slogan (gov 2018 → 2020: the four 意识, “四个意识”)', async () => {
    const c = changeWith(await seedDiff('gov-work-report-2018.txt', 'gov-work-report-2020.txt'), 'old', '不断增强政治意识、大局意识、核心意识、看齐意识')!;
    expect(c.kind).toBe('dropped');
    expect(c.novel).toEqual([]);
  });

  it('does not name as never used a slogan the other report spells out as its list (gov 2016 → 2017: “三去一降一补”)', async () => {
    const c = changeWith(await seedDiff('gov-work-report-2016.txt', 'gov-work-report-2017.txt'), 'new', '二是着力抓好“三去一降一补”')!;
    expect(c.kind).toBe('new');
    expect(c.novel).toEqual(['有所改善']);
  });
});
