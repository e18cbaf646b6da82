import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadReport } from '../../src/pipeline.js';
import { engineEnd, itemEndCases, loadItemEnds, tallyItemEnds, type ItemEndCase, type ItemEndVerdict } from '../../bench/score/item-ends.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shanghai = 'test/fixtures/structure/provincial-2025-shanghai.txt';

async function shanghaiCases(): Promise<ItemEndCase[]> {
  const r = await loadReport(`${root}${shanghai}`);
  return itemEndCases(r, shanghai).map((c, k) => ({ id: `T${k + 1}`, ...c }));
}

describe('where the last item of a run ends (bench/score/item-ends.ts)', () => {
  it('shows the review’s last （六） with every paragraph up to the plan, and reads where the engine ends it', async () => {
    const r = await loadReport(`${root}${shanghai}`);
    const c = (await shanghaiCases()).find((x) => x.last.startsWith('（六）切实加强政府自身建设'))!;
    expect(c).toMatchObject({ style: 'headed', parent: '2024年工作回顾', more: false });
    expect(c.earlier).toHaveLength(5);
    // Its four paragraphs of its own, then the turn to the hall and what follows it, to `二、`.
    expect(c.paragraphs[4]).toMatch(/^政府作风深化改进/);
    expect(c.paragraphs[5]).toMatch(/^各位代表，过去一年，国防和军队建设/);
    expect(c.paragraphs.at(-1)).not.toMatch(/^二、/);
    expect(engineEnd(r, c)).toBe(6);
    // An item the outline does not hold as shown is not scored.
    expect(engineEnd(r, { ...c, paragraphs: ['（六）别的标题', ...c.paragraphs.slice(1)] })).toBeUndefined();
  });

  it('tallies the engine against a reader: the same end, later, earlier, and paragraphs on the wrong side', async () => {
    const r = await loadReport(`${root}${shanghai}`);
    const c = (await shanghaiCases()).find((x) => x.last.startsWith('（六）切实加强政府自身建设'))!;
    const verdict = (firstNotInItem: number | null): ItemEndVerdict => ({ id: c.id, firstNotInItem, confidence: 'sure', note: '' });
    const tally = (v: ItemEndVerdict) => tallyItemEnds([c], [v], () => r).headed;
    expect(tally(verdict(6))).toMatchObject({ cases: 1, same: 1, misfiled: 0 });
    expect(tally(verdict(4))).toMatchObject({ same: 0, keepsMore: 1, keepsLess: 0, misfiled: 2 });
    expect(tally(verdict(null))).toMatchObject({ keepsLess: 1, misfiled: c.paragraphs.length + 1 - 6 });
  });

  it('has a verdict for every case sampled from the bench texts, each end within what was shown', () => {
    const { cases, verdicts } = loadItemEnds(root);
    expect(new Set(verdicts.map((v) => v.id))).toEqual(new Set(cases.map((c) => c.id)));
    const shown = new Map(cases.map((c) => [c.id, c.paragraphs.length]));
    const outside = verdicts.filter((v) => v.firstNotInItem !== null && (v.firstNotInItem < 2 || v.firstNotInItem > shown.get(v.id)!));
    expect(outside).toEqual([]);
  });
});
