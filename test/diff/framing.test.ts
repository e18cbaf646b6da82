import { describe, expect, it } from 'vitest';
import { isFramingPhrase } from '../../src/diff/framing.js';
import { changeWith, seedDiff } from '../helpers/seeds.js';
import { renderText } from '../../src/render/text/index.js';
import { changeLines } from '../../src/tui/change-lines.js';
import { FRAMING_NOTE } from '../../src/render/change-place.js';
import { unitsById } from '../../src/report.js';

// Units of the Government Work Reports (corpus and seeds), as the engine cuts them.
describe('isFramingPhrase', () => {
  it.each([
    ['面对复杂多变的国际形势，', true],
    ['经过艰苦努力，', true],
    ['为了完成这个历史使命，', true],
    ['由于措施得力，', true],
    ['对于这些问题，', true],
    ['针对就业压力凸显，', true],
    ['随着经济发展，', true],
    ['无论外部环境如何变化，', true],
    ['在肯定成绩的同时，', true],
    ['在坚守安全底线的前提下，', true],
    ['在这种情况下，', true],
    ['在推进改革开放中，', true],
    ['在计划制定方法上，', true],
    // Announcements of what follows (gov 2000–2008, cpc 16–20): the blind readers called all six judged trivial.
    ['实践证明，', true],
    ['我们也清醒地看到，', true],
    ['同时，我们清醒认识到，', true],
    ['归结起来就是，', true],
    ['这就是：', true],
    ['历史经验和现实情况表明，', true],
    // Announcements of the list after them (gov 1998–2010): all four judged were trivial or a fragment.
    ['一年来，我们主要做了以下六方面工作：', true],
    ['今年要重点抓好八个方面工作：', true],
    ['全面加强“三农”工作要采取以下措施：', true],
    ['贫困发生率从百分之十点二下降到百分之四以下。', false],
    ['调查失业率在5.3%以下。', false],
    ['下面简述几项重点。', true],
    ['今年政府要突出抓好以下几项工作。', true],
    ['有以下几点体会：', true],
    ['要把握好以下几点。', true],
    // A look back or ahead, an assessment, a time since, a plan or principle followed (gov 1997–2025, cpc 16–20):
    // blind readers called all 35 of the first three kinds fragments, and 44 of 46 of the last fragments or rhetoric.
    ['回顾过去一年，', true],
    ['回首这十三年，', true],
    ['展望今后五年，', true],
    ['综合考虑各方面因素，', true],
    ['综合分析国际国内形势和我国发展条件，', true],
    ['党的十八大以来，', true],
    ['香港回归八个多月以来，', true],
    ['第十一届全国人民代表大会第一次会议以来的五年，', true],
    ['联系党成立以来的历史经验，', false],
    ['按照高质量发展的要求，', true],
    ['根据党中央部署，', true],
    ['根据宏观经济走势的变化，', true],
    // A measure taken as a plan required, a measure led by the same words, a time that ends its sentence.
    ['按照三档并两档方向调整税率水平，', false],
    ['根据市场变化调整产品结构，', false],
    ['综合运用财政、货币政策，', false],
    ['综合治理，', false],
    ['是建国以来比较好的发展时期。', false],
    ['香港回归祖国以来已经有了一个良好的开端，', false],
    // Whole clauses that open the same way, or on words left out for that reason.
    ['为企业雪中送炭，', false],
    ['当前国际形势错综复杂，', false],
    ['这是高基数上的中高速增长，', false],
    ['在全社会大力加强科学普及工作，', false],
    ['清理群众和企业办事的各类证明，', false],
    ['充分说明了我们的制度优势。', false],
    // The end of a sentence, or a phrase too long to be only a frame.
    ['面对新的形势和任务。', false],
    ['面对国内外复杂形势和一系列重大风险挑战，我们坚持稳中求进工作总基调，', false],
    // A frame and its clause in one unit (gov 2022).
    ['面对困难，基本民生的底线要坚决兜牢，', false],
  ] as const)('%s → %s', (text, framing) => {
    expect(isFramingPhrase(text)).toBe(framing);
  });
});

describe('framing phrases as claims (gov 2023 → 2024)', () => {
  it('marks them, and only them', async () => {
    const d = await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');
    const phrase = changeWith(d, 'old', '面对外部环境变化，');
    expect(phrase?.kind).toBe('dropped');
    expect(phrase!.framing).toBe(true);
    const claims = d.changes.filter((c) => c.kind === 'new' || c.kind === 'dropped');
    for (const c of claims) expect(c.framing === true, (c.new ?? c.old)!.text).toBe(isFramingPhrase((c.new ?? c.old)!.text));
    expect(claims.filter((c) => c.framing).length).toBeGreaterThan(5);
    expect(d.changes.filter((c) => c.kind === 'carried' || c.kind === 'modified').some((c) => c.framing)).toBe(false);
  });

  it('says so under the claim in the text report and the terminal UI, and nowhere else', async () => {
    const d = await seedDiff('gov-work-report-2023.txt', 'gov-work-report-2024.txt');
    const lines = renderText(d, { color: false }).split('\n');
    const at = lines.findIndex((l) => l.includes('面对外部环境变化，'));
    expect(lines.slice(at + 1, at + 4).some((l) => l.includes(FRAMING_NOTE))).toBe(true);
    expect(lines.filter((l) => l.includes(FRAMING_NOTE))).toHaveLength(d.changes.filter((c) => c.framing).length);
    const text = (c: (typeof d.changes)[number]) => changeLines(c, 80, false, unitsById(d)).map((l) => l.map((span) => span.text).join('')).join('');
    expect(text(changeWith(d, 'old', '面对外部环境变化，')!)).toContain('only opens its sentence');
    expect(text(changeWith(d, 'old', '全面贯彻党的十九大和十九届历次全会精神，')!)).not.toContain('only opens its sentence');
  });
});
