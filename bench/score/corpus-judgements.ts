import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportDiff } from '../../src/report.js';
import { buildSummary, type QuotedFigure } from '../../src/summary/index.js';

/**
 * One figure pair the summary showed (`Numbers that changed`) at some
 * version of the engine, judged by a blind reader
 * (bench/audits/numbers.judged.json): are the two figures values of one
 * indicator, so that `old → new` reads right?
 */
export interface JudgedFigure {
  /**
   * `consecutive`: the 30 corpus pairs the rules were read on; `skip-one`:
   * gov 1997 → 1999 … 2023 → 2025, kept apart to test them (the last two
   * rules were read on its leftovers); `skip-one-b`: gov 1998 → 2000 …
   * 2022 → 2024, judged once every rule was set: no rule was read on it;
   * `skip-two`: gov 1997 → 2000, 1999 → 2002 … 2021 → 2024 (reports three
   * apart, every other such pair), judged a round later: fresh again;
   * `skip-two-b`: gov 1998 → 2001, 2000 → 2003 … 2022 → 2025, the other
   * half, judged four rounds later: fresh for that round's first rules;
   * `skip-three`: gov 1997 → 2001, 1999 → 2003 … 2021 → 2025 (reports four
   * apart, every other such pair), judged in that round: fresh for all its
   * rules but the yearly average's; `skip-three-b`: gov 1998 → 2002 …
   * 2020 → 2024, the other half, judged after that round's last rule;
   * `skip-four`: gov 1997 → 2002, 1999 → 2004 … 2018 → 2024 (reports five
   * apart, every other such pair), judged a round later, after the `分别`
   * list rules: fresh for them, not for that round's last three rules;
   * `skip-four-b`: gov 1998 → 2003 … 2020 → 2025, the other half, judged
   * after every rule of that round; `skip-five`: every pair six apart, gov
   * 1997 → 2003 … 2018 → 2025, every pair the summary showed once that
   * round's rules were set (bench/audits/sample-figures.ts; the round's
   * last rule, a share measured by its subject, was read on it after);
   * `skip-six`: every pair seven apart, gov 1997 → 2004 … 2017 → 2025,
   * drawn and judged after that rule (one more, `预算` as a funding word,
   * was read on it after); `skip-seven`: every pair eight apart, gov 1997 →
   * 2005 … 2016 → 2025, drawn and judged after every rule of that round;
   * `skip-eight`: every pair nine apart, gov 1997 → 2006 … 2014 → 2025,
   * drawn and judged once every rule of a later round was set (a claim
   * beside a close unit, figures no link pairs); one rule, all central
   * budget investment against its regular construction part, was read on
   * it after.
   */
  set: 'consecutive' | 'skip-one' | 'skip-one-b' | 'skip-two' | 'skip-two-b' | 'skip-three' | 'skip-three-b' | 'skip-four' | 'skip-four-b' | 'skip-five' | 'skip-six' | 'skip-seven' | 'skip-eight';
  /** `gov-2016-2017`, `cpc-16-17`. */
  pair: string;
  oldUnit: string;
  newUnit: string;
  oldFigure: string;
  newFigure: string;
  verdict: 'same' | 'different' | 'unclear';
  reason: string;
}

/** What the summary shows now of one set's judged figure pairs. */
export interface FigureEvidence {
  set: JudgedFigure['set'];
  pairs: number;
  shown: number;
  same: number;
  different: number;
  unclear: number;
  /** Shown but never judged: a pairing no judged version made (judge them before trusting the precision). */
  unjudged: number;
  /** Pairs judged the same indicator, whether shown now or not: recall's denominator. */
  judgedSame: number;
  /**
   * Pairs judged the same indicator that a line shown now quotes: recall's
   * numerator. Not `same`, which counts lines: one line may quote two judged
   * pairs (a target said twice in both reports, shown once).
   */
  recalled: number;
}

/**
 * Sets whose judged pairs are only those two nearly equal versions of the
 * engine showed (`skip-two-b`, `skip-three`, `skip-three-b`, `skip-four`,
 * `skip-four-b`: the build before their round's rules and a build after) or
 * one did (`skip-five`, `skip-six`, `skip-seven`), so every pair judged the same is shown:
 * recall there says nothing. The other sets' pools hold the pairs shown
 * before the figure rules, which showed more.
 */
export const RECALL_UNMEASURED: ReadonlySet<JudgedFigure['set']> = new Set(['skip-two-b', 'skip-three', 'skip-three-b', 'skip-four', 'skip-four-b', 'skip-five', 'skip-six', 'skip-seven', 'skip-eight']);

export function loadJudgedFigures(root: string): JudgedFigure[] {
  return JSON.parse(readFileSync(join(root, 'bench', 'audits', 'numbers.judged.json'), 'utf8')) as JudgedFigure[];
}

/**
 * The corpus pairs of each set, from the texts under bench/texts: every
 * consecutive pair of each series, gov Y → Y+2 (every other report) and
 * gov Y → Y+3, gov Y → Y+4 and gov Y → Y+5, each in two sets, and every
 * report against the one six, seven, eight and nine on, a set each.
 */
export function figurePairs(root: string): Record<JudgedFigure['set'], string[]> {
  const years = (series: string) =>
    readdirSync(join(root, 'bench', 'texts'))
      .map((f) => new RegExp(`^${series}-(\\d+)\\.txt$`).exec(f)?.[1])
      .filter((y): y is string => !!y)
      .sort((a, b) => Number(a) - Number(b));
  const steps = (prefix: string, ys: string[], step: number) => ys.slice(0, -step).map((y, i) => `${prefix}-${y}-${ys[i + step]}`);
  const gov = years('gov-work-report');
  const cpc = years('cpc-congress-report');
  return {
    consecutive: [...steps('gov', gov, 1), ...steps('cpc', cpc, 1)],
    'skip-one': steps('gov', gov, 2).filter((_, i) => i % 2 === 0),
    'skip-one-b': steps('gov', gov, 2).filter((_, i) => i % 2 === 1),
    'skip-two': steps('gov', gov, 3).filter((_, i) => i % 2 === 0),
    'skip-two-b': steps('gov', gov, 3).filter((_, i) => i % 2 === 1),
    'skip-three': steps('gov', gov, 4).filter((_, i) => i % 2 === 0),
    'skip-three-b': steps('gov', gov, 4).filter((_, i) => i % 2 === 1),
    'skip-four': steps('gov', gov, 5).filter((_, i) => i % 2 === 0),
    'skip-four-b': steps('gov', gov, 5).filter((_, i) => i % 2 === 1),
    'skip-five': steps('gov', gov, 6),
    'skip-six': steps('gov', gov, 7),
    'skip-seven': steps('gov', gov, 8),
    'skip-eight': steps('gov', gov, 9),
  };
}

/** The two texts of a judged pair's name, under bench/texts. */
export function figurePairFiles(root: string, pair: string): [string, string] {
  const m = /^(gov|cpc)-(\d+)-(\d+)$/.exec(pair);
  if (!m) throw new Error(`bad pair name ${pair}`);
  const series = m[1] === 'gov' ? 'gov-work-report' : 'cpc-congress-report';
  return [join(root, 'bench', 'texts', `${series}-${m[2]}.txt`), join(root, 'bench', 'texts', `${series}-${m[3]}.txt`)];
}

/** A figure as the summary quotes it, context included: what a judged unit holds. */
export const quoted = (f: QuotedFigure): string => f.before + f.figure + f.after;

/**
 * Scores the summary's changed figures of one corpus pair against the judged
 * ones: a shown pair is matched to a judged one by its two figures and by
 * its quotes lying inside the judged units.
 */
export function scoreFigures(diff: ReportDiff, judged: JudgedFigure[]): Omit<FigureEvidence, 'set' | 'pairs' | 'judgedSame'> {
  const out = { shown: 0, same: 0, different: 0, unclear: 0, unjudged: 0, recalled: 0 };
  const items = buildSummary(diff, { limit: 0 }).numbers.items;
  const quotes = (x: JudgedFigure, n: (typeof items)[number]) =>
    x.oldFigure === n.old.figure && x.newFigure === n.new.figure && x.oldUnit.includes(quoted(n.old)) && x.newUnit.includes(quoted(n.new));
  for (const n of items) {
    out.shown++;
    const j = judged.find((x) => quotes(x, n));
    if (j) out[j.verdict]++;
    else out.unjudged++;
  }
  out.recalled = judged.filter((x) => x.verdict === 'same' && items.some((n) => quotes(x, n))).length;
  return out;
}

/**
 * One section pair the engine made (the sections table), judged by a blind
 * reader from both heading paths and the start of each section's own text
 * (bench/audits/sections.judged.json): does NEW's section take up OLD's theme?
 */
export interface JudgedSectionPair {
  pair: string;
  /** Heading paths joined by ` › ` ('' for the text before the first heading). */
  old: string;
  new: string;
  /** The pair's similarity when it was judged. */
  similarity: number;
  verdict: 'same' | 'partial' | 'different' | 'unclear';
  reason: string;
}

export type SectionVerdicts = Record<JudgedSectionPair['verdict'], number>;

export function loadJudgedSections(root: string): JudgedSectionPair[] {
  return JSON.parse(readFileSync(join(root, 'bench', 'audits', 'sections.judged.json'), 'utf8')) as JudgedSectionPair[];
}

/** No section pair counted yet. */
export const noSectionVerdicts = (): SectionVerdicts => ({ same: 0, partial: 0, different: 0, unclear: 0 });

/** The judged section pairs of one corpus pair that the engine still makes, and those it no longer makes, by verdict. */
export function scoreSections(diff: ReportDiff, judged: JudgedSectionPair[]): { kept: SectionVerdicts; gone: SectionVerdicts } {
  const out = { kept: noSectionVerdicts(), gone: noSectionVerdicts() };
  const made = new Set(diff.sections.filter((p) => p.old && p.new).map((p) => `${p.old!.join(' › ')}\u0000${p.new!.join(' › ')}`));
  for (const j of judged) out[made.has(`${j.old}\u0000${j.new}`) ? 'kept' : 'gone'][j.verdict]++;
  return out;
}
