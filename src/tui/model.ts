import { claimTrust, unitsById, type Change, type ClaimTrust, type ReportDiff, type UnitsById } from '../report.js';
import { homeUnit } from '../render/change-place.js';

/** The filters `f` cycles through, in order; `check` keeps what to check first (weak links, unsure and close claims). */
export const FILTERS = ['all', 'new', 'dropped', 'modified', 'moved', 'repeated', 'check'] as const;
export type Filter = (typeof FILTERS)[number];

/** Counts shown next to a section pair in the left pane. */
export interface PairCounts {
  new: number;
  dropped: number;
  modified: number;
  moved: number;
  /** Second mentions (`Change.repeats`), apart from modified as in the diff's counts. */
  repeated: number;
}

/** One row of the left pane: an aligned section pair and the changes that belong to it. */
export interface PairView {
  old: string[] | null;
  new: string[] | null;
  /** Indexes into `ReportDiff.changes`, in the diff's order. */
  changes: number[];
  counts: PairCounts;
  /** True for the row that gathers changes whose section pair is missing from the diff. */
  catchAll: boolean;
}

/** What the UI reads from a diff, computed once: the diff itself is never recomputed. */
export interface ReviewModel {
  diff: ReportDiff;
  pairs: PairView[];
  /** Full texts of both reports; `UnitRef.start/end` are offsets into them. Empty when unknown. */
  oldText: string;
  newText: string;
  /** Units by id, for the unit a claim's `closest` names. */
  units: UnitsById;
}

/** The claim grades the `check` filter keeps. */
const CHECK_FIRST: ReadonlySet<ClaimTrust> = new Set(['unsure', 'close']);

/** Whether a change shows under a filter. `all` keeps carried units too, as reading context. */
export function matchesFilter(c: Change, filter: Filter): boolean {
  if (filter === 'all') return true;
  if (filter === 'moved') return c.moved;
  // Repeats have a filter of their own, as they have a count of their own.
  if (filter === 'repeated') return c.repeats !== undefined;
  // The changes the diff itself says to check first: a weak link (`Change.weak`), and the claims (`Change.novel`) whose grade
  // is `unsure` (no word the other report lacks) or `close` (a unit there so close that most such claims are rewordings).
  if (filter === 'check') return c.weak === true || (c.novel !== undefined && CHECK_FIRST.has(claimTrust(c)));
  return c.kind === filter && c.repeats === undefined;
}

/** Whether a change's text (either side) contains the search query. */
export function matchesQuery(c: Change, query: string): boolean {
  if (!query) return false;
  return Boolean(c.old?.text.includes(query) || c.new?.text.includes(query));
}

function emptyCounts(): PairCounts {
  return { new: 0, dropped: 0, modified: 0, moved: 0, repeated: 0 };
}

function tally(counts: PairCounts, c: Change): void {
  if (c.kind === 'new') counts.new++;
  else if (c.kind === 'dropped') counts.dropped++;
  else if (c.repeats) counts.repeated++;
  else if (c.kind === 'modified') counts.modified++;
  if (c.moved) counts.moved++;
}

/**
 * Groups the diff's changes under its section pairs: a change belongs to the
 * pair whose newId is its new unit's section (for dropped units, whose oldId
 * is its old unit's section). Changes with no such pair go to a catch-all
 * row at the end, so nothing the diff reports is hidden.
 */
export function buildModel(diff: ReportDiff, texts: { oldText?: string; newText?: string } = {}): ReviewModel {
  const pairs: PairView[] = diff.sections.map((p) => ({
    old: p.old,
    new: p.new,
    changes: [],
    counts: emptyCounts(),
    catchAll: false,
  }));
  const byNew = new Map<number, number>();
  const byOld = new Map<number, number>();
  diff.sections.forEach((p, i) => {
    if (p.newId !== null && !byNew.has(p.newId)) byNew.set(p.newId, i);
    if (p.oldId !== null && !byOld.has(p.oldId)) byOld.set(p.oldId, i);
  });
  const orphans: PairView = { old: null, new: null, changes: [], counts: emptyCounts(), catchAll: true };
  diff.changes.forEach((c, i) => {
    const home = homeUnit(c);
    const at = home === c.new ? byNew.get(home.sectionId) : byOld.get(home.sectionId);
    const pair = at === undefined ? orphans : pairs[at];
    pair.changes.push(i);
    tally(pair.counts, c);
  });
  if (orphans.changes.length > 0) pairs.push(orphans);
  return { diff, pairs, oldText: texts.oldText ?? '', newText: texts.newText ?? '', units: unitsById(diff) };
}

/**
 * The paragraph (line of the report text) around [start, end), split so the
 * unit itself can be highlighted. Report texts hold one paragraph per line.
 */
export function paragraphAround(
  text: string,
  start: number,
  end: number,
): { before: string; unit: string; after: string } | null {
  if (!text || start < 0 || end > text.length || start > end) return null;
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const to = nl === -1 ? text.length : nl;
  return { before: text.slice(from, start), unit: text.slice(start, end), after: text.slice(end, to) };
}
