import type { Part, PartKind, Section } from '../report.js';
import type { Range } from './sentences.js';
import { parseOrdinal } from './markers.js';
import {
  DATE_LINE, FIVE_YEAR_PLAN, FUTURE_WORDS, PAST_WORDS, PARTY_CONGRESS, PLAN_HEADING, REVIEW_HEADING, SPAN_YEARS, THIS_YEAR, YEAR_ACCOUNT, YEAR_IN_TEXT,
} from './rules.js';

/** Manifest hints for one part: its years and the text its heading starts with. */
export interface PartHint {
  years?: number[];
  startsAt?: string | null;
}

/** Manifest hints for a report, as in seeds/manifest.json. */
export interface PartHints {
  review?: PartHint;
  plan?: PartHint;
}

interface Boundary {
  start: number;
  title: string | null;
}

/** Years written in digits: `2019年和今年以来` → [2019]. */
function namedYears(s: string): number[] {
  return [...s.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[1]));
}

/** Longest span in `过去一年和五年工作回顾` → 5; 0 when the heading names none. */
function spanYears(title: string): number {
  if (!/过去/.test(title)) return 0;
  return Math.max(0, ...[...title.matchAll(SPAN_YEARS)].map((m) => parseOrdinal(m[1])).filter((n) => n > 0));
}

/** The paragraph that starts with `startsAt` (manifest), as a boundary. */
function boundaryAt(text: string, paragraphs: Range[], startsAt: string): Boundary | null {
  const p = paragraphs.find((r) => text.startsWith(startsAt, r.start));
  return p ? { start: p.start, title: text.slice(p.start, p.end) } : null;
}

/** Part heading of a level-1 section, classified. */
function classify(s: Section, text: string): PartKind | null {
  const title = text.slice(s.start, s.start + (s.marker?.length ?? 0) + (s.heading?.length ?? 0));
  if (REVIEW_HEADING.test(title)) return 'review';
  if (PLAN_HEADING.test(title)) return 'plan';
  return null;
}

/** acftu-2023's review has no heading: its text speaks of work done, not work to do. */
function mostlyPast(text: string): boolean {
  const past = text.match(PAST_WORDS)?.length ?? 0;
  const future = text.match(FUTURE_WORDS)?.length ?? 0;
  return text.length > 1000 && past >= 10 && past > 2 * future;
}

/**
 * Splits a report into contiguous parts: an optional opening ('other'), the
 * review of year Y and the plan for Y+1, from level-1 headings such as
 * `一、2024年工作回顾` / `二、2025年经济社会发展总体要求和政策取向` (or a part
 * title with no marker, `2024年工作回顾`), or from manifest hints; failing
 * those, from what the sections tell (`byTense`, `unheadedPlan`). Later
 * level-1 headings (gov 2020's `三、加大宏观政策实施力度…`) stay in the part
 * they follow.
 */
/** `front`: the front matter set aside before the text (`Report.front`), whose date line may give the plan's year. */
export function findParts(text: string, paragraphs: Range[], sections: Section[], hints: PartHints = {}, front = ''): Part[] {
  const found: Partial<Record<'review' | 'plan', Boundary>> = {};
  for (const s of headedLevel1(sections)) {
    const kind = classify(s, text);
    if (kind === 'review' && !found.review && !found.plan) found.review = { start: s.start, title: titleOf(s) };
    if (kind === 'plan' && !found.plan) found.plan = { start: s.start, title: titleOf(s) };
  }
  let plan = (hints.plan?.startsAt && boundaryAt(text, paragraphs, hints.plan.startsAt)) || found.plan;
  let review = (hints.review?.startsAt && boundaryAt(text, paragraphs, hints.review.startsAt)) || found.review;
  if (!plan && !review && !hints.plan && !hints.review) ({ review, plan } = byTense(text, sections));
  if (!plan && !hints.plan && review === found.review) plan = unheadedPlan(text, sections, review);
  if (review && plan && review.start >= plan.start) review = undefined;
  if (!review && plan && plan.start > 0 && (hints.review?.years?.length || mostlyPast(text.slice(0, plan.start)))) {
    review = { start: 0, title: null };
  }

  const reviewText = review ? text.slice(review.start, plan && plan.start > review.start ? plan.start : text.length) : '';
  const years = partYears(front ? `${front}\n${text}` : text, review?.title ?? null, plan?.title ?? null, hints, reviewText);
  const parts: Part[] = [];
  const push = (kind: PartKind, b: Boundary, ys: number[]) => {
    if (parts.length) parts[parts.length - 1].end = b.start;
    parts.push({ kind, title: b.title, years: ys, start: b.start, end: text.length });
  };
  const first = review ?? plan;
  if (!first || first.start > 0) push('other', { start: 0, title: null }, []);
  if (review) push('review', review, years.review);
  if (plan) push('plan', plan, years.plan);
  return parts;
}

const NAMES_A_YEAR = new RegExp(YEAR_IN_TEXT.source);

/**
 * Where the plan starts when no heading says so. After a review of a named
 * year, at the next level-1 section (gov 1997, 1999, 2000: `一、1999年国内
 * 工作回顾`, then `二、坚持实行扩大内需的方针` … the year's tasks, each a
 * section of its own). With no review heading either, at the first level-1
 * section when the text before it tells of work done and the rest of work
 * to do (gov 2002 opens with 2001's review, unheaded). A review of no named
 * year (the congress reports' `一、过去五年的工作…`) is followed by doctrine,
 * not plans.
 */
function unheadedPlan(text: string, sections: Section[], review: Boundary | undefined): Boundary | undefined {
  const level1 = headedLevel1(sections);
  if (review) {
    if (!review.title || !NAMES_A_YEAR.test(review.title)) return undefined;
    const next = level1.find((s) => s.start > review.start && classify(s, text) !== 'review');
    return next && { start: next.start, title: titleOf(next) };
  }
  const first = level1[0];
  if (!first || !mostlyPast(text.slice(0, first.start))) return undefined;
  const rest = text.slice(first.start);
  if ((rest.match(FUTURE_WORDS)?.length ?? 0) <= (rest.match(PAST_WORDS)?.length ?? 0)) return undefined;
  return { start: first.start, title: titleOf(first) };
}

/**
 * Review and plan when every level-1 heading names a theme, not a part
 * (provincial 2025 fujian: `一、牢记殷殷嘱托，在接续奋斗中…`,
 * `二、牢记历史使命，在中国式现代化建设中奋勇争先`, `三、牢记人民至上…`):
 * the first section is the review when it tells of work done
 * (`mostlyPast`), and the plan starts at the first later one from which
 * the text speaks of work to do (`FUTURE_WORDS`) at least
 * `PLAN_FUTURE_RATIO` times as often per character. Fujian's review has 2
 * such words in 9,923 characters, the rest from `二、` 31 in 17,323.
 */
function byTense(text: string, sections: Section[]): { review?: Boundary; plan?: Boundary } {
  const level1 = headedLevel1(sections);
  if (level1.length < 2) return {};
  const first = text.slice(level1[0].start, level1[1].start);
  if (!mostlyPast(first)) return {};
  const futureWords = (t: string) => t.match(FUTURE_WORDS)?.length ?? 0;
  const firstRate = (futureWords(first) + 1) / first.length;
  const next = level1.slice(1).find((s) => {
    const rest = text.slice(s.start);
    const n = futureWords(rest);
    return n >= PLAN_MIN_FUTURE && (n + 1) / rest.length >= PLAN_FUTURE_RATIO * firstRate;
  });
  if (!next) return {};
  return { review: { start: level1[0].start, title: titleOf(level1[0]) }, plan: { start: next.start, title: titleOf(next) } };
}
const PLAN_FUTURE_RATIO = 3;
const PLAN_MIN_FUTURE = 10;

/** The level-1 sections that have a heading (not the placeholders of lost headings). */
function headedLevel1(sections: Section[]): Section[] {
  return sections.filter((s) => s.level === 1 && s.heading !== null);
}

const plusOne = (y: number | undefined) => (y === undefined ? undefined : y + 1);

function titleOf(s: Section): string {
  return `${s.marker ?? ''}${s.heading ?? ''}`;
}

/**
 * The five years of a plan period a title names (`“九五”时期…的回顾`: 1996–2000),
 * counted from the sixth (1981–1985), since the periods before it were not
 * all five years apart.
 */
function planPeriod(title: string | null): number[] {
  const m = title ? FIVE_YEAR_PLAN.exec(title) : null;
  const n = m ? parseOrdinal(m[1]) : NaN;
  return n >= 6 ? Array.from({ length: 5 }, (_, i) => 1981 + 5 * (n - 6) + i) : [];
}

/**
 * The year of the party congress the opening names (`中国共产党第十六次全国代表大会`:
 * 2002), the congresses five years apart from the twelfth (1982); the 16th to
 * 18th congress reports name no year of their own.
 */
function congressYear(opening: string): number | undefined {
  const m = PARTY_CONGRESS.exec(opening);
  const n = m ? parseOrdinal(m[1]) : NaN;
  return n >= 12 ? 1982 + 5 * (n - 12) : undefined;
}

/**
 * The last year whose account opens a sentence of the review (`2012年，…城镇
 * 新增就业1266万人`; gov 2003, 2006, 2013, whose headings, `过去五年政府工作的
 * 回顾`, `去年工作回顾`, name no year and whose texts carry no date line), or
 * that it says it reports (gov 2002's unheaded `首先报告2001年的工作`).
 */
function lastAccountYear(reviewText: string): number | undefined {
  const ys = [...reviewText.matchAll(YEAR_ACCOUNT)].map((m) => Number(m[1] ?? m[2]));
  return ys.length ? Math.max(...ys) : undefined;
}

/**
 * Years of the review and the plan: from headings, else from each other, the
 * date line, the manifest, a plan period the review's title names, the
 * years whose accounts the review opens or the party congress the opening
 * names.
 */
function partYears(text: string, reviewTitle: string | null, planTitle: string | null, hints: PartHints, reviewText = '') {
  const namedInReview = reviewTitle ? namedYears(reviewTitle) : [];
  const planNamed = planTitle ? namedYears(planTitle) : [];
  const dateLine = DATE_LINE.exec(text.slice(0, 400));
  // `一、1998年工作回顾和1999年工作的总体要求` (gov 1999): the last year named is the plan's.
  const planInReview = !planNamed.length && namedInReview.length > 1 && reviewTitle !== null && PLAN_HEADING.test(reviewTitle);
  const reviewNamed = planInReview ? namedInReview.slice(0, -1) : namedInReview;
  const reviewPeriod = planPeriod(reviewTitle);
  const planYear =
    hints.plan?.years?.[0] ??
    planNamed[0] ??
    (planInReview ? namedInReview[namedInReview.length - 1] : undefined) ??
    (reviewNamed.length ? Math.max(...reviewNamed) + 1 : undefined) ??
    (dateLine ? Number(dateLine[1]) : undefined) ??
    (hints.review?.years?.length ? Math.max(...hints.review.years) + 1 : undefined) ??
    (reviewPeriod.length ? reviewPeriod[4] + 1 : undefined) ??
    plusOne(lastAccountYear(reviewText)) ??
    congressYear(text.slice(0, 400));

  let review = hints.review?.years ?? (reviewNamed.length ? reviewNamed : reviewPeriod);
  if (!hints.review?.years && reviewTitle && planYear !== undefined) {
    const span = spanYears(reviewTitle);
    if (!review.length) review = Array.from({ length: span || 1 }, (_, i) => planYear - (span || 1) + i);
    if (THIS_YEAR.test(reviewTitle) && !review.includes(planYear)) review = [...review, planYear];
  }
  if (!review.length && hints.review?.years === undefined && planYear !== undefined && reviewTitle === null) {
    review = [planYear - 1];
  }
  const plan = hints.plan?.years ?? (planNamed.length ? planNamed : planYear !== undefined ? [planYear] : []);
  return { review, plan };
}
