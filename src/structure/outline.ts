import type { Diagnostic, Section } from '../report.js';
import type { MarkerCandidate } from './markers.js';
import type { Range } from './sentences.js';
import { ADDRESS, ADDRESS_ONLY, LAST_ITEM_TURN, PROBLEMS_OPENER, type MarkerRule } from './rules.js';

/** The outline of a text: sections, and which paragraphs open one. */
export interface Outline {
  sections: Section[];
  /** Per paragraph: the accepted heading candidate, or null for body paragraphs. */
  headings: Array<MarkerCandidate | null>;
  /** Per paragraph: innermost section from the paragraph start on. */
  sectionOf: number[];
  diagnostics: Diagnostic[];
}

/** Levels 1..n for the ranks the document actually uses (see MarkerRule.rank). */
function levelsByRank(candidates: Array<MarkerCandidate | null>): Map<number, number> {
  const ranks = [...new Set(candidates.flatMap((c) => (c && !c.tooLong ? [c.rule.rank] : [])))].sort((a, b) => a - b);
  return new Map(ranks.map((r, i) => [r, i + 1]));
}

/** `（一）大力推进…，加快发展新质生产力。` → path entry without marker and final stop. */
function pathEntry(heading: string): string {
  return heading.replace(/[。；：！\s]+$/u, '');
}

/**
 * Builds the section tree from the marker candidates of each paragraph.
 * A marker is a heading only in sequence (`（二）` after `（一）` under the same
 * parent, or a first `（一）`), so stray numbers do not open sections. When the
 * text starts past its first heading (acftu-2023 opens with `二是…`), the
 * missing ancestors become lost sections (marker and heading null) and a
 * `heading-lost` warning is added.
 */
export function buildOutline(text: string, paragraphs: Range[], candidates: Array<MarkerCandidate | null>): Outline {
  const levels = levelsByRank(candidates);
  const root: Section = { id: 0, parentId: null, level: 0, marker: null, heading: null, path: [], part: 'other', start: 0, end: text.length };
  const sections: Section[] = [root];
  const stack: Section[] = [root];
  const last = new Map<string, number>();
  const seenStyles = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const headings: Array<MarkerCandidate | null> = [];
  const sectionOf: number[] = [];
  // The marker style each section was opened by: see endLongLastItems.
  const styleOf = new Map<number, MarkerRule['style']>();

  const open = (level: number, start: number, c: MarkerCandidate | null): Section => {
    const parent = stack[stack.length - 1];
    const heading = c ? text.slice(c.start + c.marker.length, c.end).trim() : null;
    const path = heading === null ? parent.path : [...parent.path, pathEntry(heading)];
    const s: Section = {
      id: sections.length, parentId: parent.id, level, marker: c?.marker ?? null, heading,
      path, part: 'other', start, end: text.length,
    };
    sections.push(s);
    stack.push(s);
    if (c) styleOf.set(s.id, c.rule.style);
    return s;
  };

  let addressBefore = -1;
  const closeSubsections = (at: number) => {
    const keep = stack.findLastIndex((s) => s.level <= 1) + 1;
    const closed = stack.splice(keep);
    for (const s of closed) s.end = at;
    if (closed.length) open(closed[0].level, at, null);
  };

  paragraphs.forEach((p, pi) => {
    const c = candidates[pi];
    // An address to the hall (ADDRESS) or the review's turn to its problems
    // (PROBLEMS_OPENER) ends the subsections: what follows is the top-level
    // section's closing text, a section without heading at the level of the
    // subsections it follows, one per address, so that each still pairs by
    // its theme with a report that runs the same text on in its last
    // subsection (gov 2025 has no address before its nationalities
    // paragraph). A line that is only the address stays with the text before
    // it: opening the section, bare addresses linked across sections, mostly
    // wrongly (bench/QUALITY.md, "the text after an address to the hall").
    if (!c) {
      const para = text.slice(p.start, p.end);
      if (ADDRESS_ONLY.test(para)) addressBefore = pi + 1;
      else if (ADDRESS.test(para) || addressBefore === pi || PROBLEMS_OPENER.test(para)) closeSubsections(p.start);
    }
    const level = c ? levels.get(c.rule.rank) : undefined;
    let accepted: MarkerCandidate | null = null;
    if (c && level !== undefined) {
      let k = stack.length - 1;
      while (stack[k].level >= level) k--;
      const key = `${stack[k].id}:${c.rule.style}`;
      const prev = last.get(key);
      const firstOfStyle = !seenStyles.has(c.rule.style);
      // Chinese-numeral markers at a paragraph start are headings even when an
      // item before them was cut (a report that dropped its `一是…` still
      // opens `二是…`); Arabic ones must keep counting, or `2.5` would open a section.
      const cjkStyle = c.rule.style !== 'arabic' && c.rule.style !== 'arabic-paren';
      const inSequence =
        c.ordinal === 1 ||
        prev === c.ordinal - 1 ||
        (prev === undefined && firstOfStyle) ||
        (cjkStyle && (prev === undefined ? c.ordinal <= 3 : c.ordinal > prev && c.ordinal - prev <= 2));
      if (inSequence && c.tooLong) last.set(key, c.ordinal);
      if (inSequence && !c.tooLong) {
        accepted = c;
        for (const s of stack.splice(k + 1)) s.end = p.start;
        // Only with no section around it but those opened for lost headings: under a heading of its own, a first
        // `二是` usually follows a `一是` run inline in the paragraph before
        // (2010, 2006 Government Work Reports), and nothing was lost.
        if (firstOfStyle && c.ordinal !== 1 && stack.slice(1, k + 1).every((s) => s.marker === null)) {
          diagnostics.push({
            severity: 'warning', code: 'heading-lost', line: pi + 1,
            message: `text starts past its first heading: “${c.marker}” is the first of its kind`,
          });
          if (sections.length === 1) for (let l = 1; l < level; l++) open(l, p.start, null);
        }
        seenStyles.add(c.rule.style);
        last.set(`${stack[stack.length - 1].id}:${c.rule.style}`, c.ordinal);
        open(level, p.start, c);
      }
    }
    headings.push(accepted);
    sectionOf.push(stack[stack.length - 1].id);
  });
  const ended = endLongLastItems(text, sections, sectionOf, paragraphs, styleOf);
  return { sections: ended.sections, headings, sectionOf: ended.sectionOf, diagnostics };
}

/**
 * Where a run of items ends, which no marker says; what follows is the
 * parent's text again, a section without heading after the items (closing
 * text). Were it left under the last item, that section would hold other
 * themes, and the foreign-policy review would be compared as part of the
 * government's own work.
 *
 * The last item (`六是…`, `（十）…`, `第五，…`) ends at the first of:
 * - its text turning to look back over the year or to the hall
 *   (`LAST_ITEM_TURN`: `一年来，`, `过去一年，`, `各位代表，`), from its
 *   first body paragraph on: gov 2009's and 2010's plan items on the
 *   government's own work open `过去一年，政府自身改革和建设…` and keep it;
 * - as many paragraphs as the longest earlier item has, subsections
 *   included, when it has none of its own. Not for a headed item that
 *   already ends at a bare `各位代表！`: there the report has marked the end
 *   itself, and gov 2024's `（十）` runs a paragraph longer than any before.
 *
 * Readers who never saw the rule judged all 140 last items of the bench
 * texts that run longer than every earlier item of their run
 * (bench/audits/item-ends.*; `npm run bench:quality`): the engine ends 116 of
 * them where they do, against 94 by the turn alone and 74 by the length of
 * `一是` runs alone. The turn was set before they judged; the length for
 * headed items after, on their verdicts: 85 of the 104 headed items, against
 * 64 by the turn alone, 82 without the exception for a bare address, 66 with
 * one paragraph to spare.
 *
 * What ends so: gov 2024's foreign-policy review (`一年来，中国特色大国外交
 * 全面推进…`) after `六是全面加强政府建设…`; gov 2009's `全面加强“三农”工作要
 * 采取以下措施：` and its `一要…五要` after `五是加大扶贫开发力度`; gov 2025's
 * next five-year plan, the government's own work, nationalities, defence,
 * Hong Kong, Taiwan and foreign policy after `（十）加大保障和改善民生力度…`;
 * the lessons after the last review items of 2005, 2008, 2010 and 2011; the
 * summing-up after the last review item of most provincial reports of 2025;
 * the congress reports' `以上十条…` and each section's closing call.
 */
function endLongLastItems(
  text: string,
  sections: Section[],
  sectionOf: number[],
  paragraphs: Range[],
  styleOf: ReadonlyMap<number, MarkerRule['style']>,
): { sections: Section[]; sectionOf: number[] } {
  const paragraphsOf = new Map<number, number[]>();
  sectionOf.forEach((id, pi) => {
    const list = paragraphsOf.get(id);
    if (list) list.push(pi);
    else paragraphsOf.set(id, [pi]);
  });
  // Runs of sibling items of one style, each broken by a sibling of another kind.
  const runs: Section[][] = [];
  const running = new Map<number, Section[]>();
  for (const s of sections) {
    if (s.parentId === null) continue;
    const style = styleOf.get(s.id);
    const run = running.get(s.parentId);
    // `一、…三、` and part titles are the report's parts, not items: the plan, last, is long by nature.
    if (style === undefined || style === 'title' || style === 'dun') {
      running.delete(s.parentId);
    } else if (run && styleOf.get(run[0].id) === style) {
      run.push(s);
    } else {
      const started = [s];
      running.set(s.parentId, started);
      runs.push(started);
    }
  }
  const parents = new Set(sections.map((s) => s.parentId));
  // The first paragraph each cut item gives up, by item id.
  const cutAt = new Map<number, number>();
  // Paragraphs within a section, its subsections' included.
  const extent = (s: Section) => {
    let n = 0;
    for (const p of paragraphs) if (p.start >= s.start && p.start < s.end) n++;
    return n;
  };
  for (const run of runs) {
    const last = run[run.length - 1];
    const shi = styleOf.get(last.id) === 'shi';
    if (run.length < 2 || (shi ? parents.has(last.id) : last.parentId === 0)) continue;
    const own = paragraphsOf.get(last.id) ?? [];
    const para = (pi: number) => text.slice(paragraphs[pi].start, paragraphs[pi].end);
    const headingOnly = !shi && own.length > 0 && para(own[0]).replace(/\s/gu, '') === `${last.marker}${last.heading}`.replace(/\s/gu, '');
    const first = headingOnly ? 2 : 1;
    let cut = own.length;
    // As many paragraphs as the longest earlier item; not where a headed item already ends at a bare
    // address, which readers took for its end (gov 2024's （十） runs a paragraph longer than any before).
    // After a `一是` run an address closes its parent, and the length held there.
    if (!parents.has(last.id) && (shi || !(own.length > 0 && ADDRESS_ONLY.test(para(own[own.length - 1]))))) {
      const keep = Math.max(first, ...run.slice(0, -1).map(extent));
      if (own.length > keep) cut = keep;
    }
    // An item's own paragraphs all come before its subsections: those after the turn go with it
    // (gov 2008's lessons `第一，必须坚持解放思想…`, shandong's `一年来，着重抓了以下工作：一是…`).
    for (let k = first; k < cut; k++) {
      if (LAST_ITEM_TURN.test(para(own[k]))) {
        cut = k;
        break;
      }
    }
    if (cut < own.length) cutAt.set(last.id, own[cut]);
  }
  if (cutAt.size === 0) return { sections, sectionOf };
  const out: Section[] = [];
  const newId = new Map<number, number>();
  const closingOf = new Map<number, Section>();
  for (const s of sections) {
    newId.set(s.id, out.length);
    // A subsection of a cut item follows the cut: it hangs under the closing text, its path re-rooted there.
    const parent = s.parentId === null ? null : (closingOf.get(s.parentId) ?? out[newId.get(s.parentId)!]);
    const path = parent === null ? s.path : [...parent.path, ...s.path.slice(sections[s.parentId!].path.length)];
    const moved: Section = { ...s, id: out.length, parentId: parent?.id ?? null, path };
    out.push(moved);
    const firstGiven = cutAt.get(s.id);
    if (firstGiven === undefined) continue;
    const start = paragraphs[firstGiven].start;
    const closing: Section = { id: out.length, parentId: parent!.id, level: s.level, marker: null, heading: null, path: parent!.path, part: 'other', start, end: s.end };
    moved.end = start;
    out.push(closing);
    closingOf.set(s.id, closing);
  }
  return { sections: out, sectionOf: sectionOf.map((id, pi) => (closingOf.has(id) && pi >= cutAt.get(id)! ? closingOf.get(id)!.id : newId.get(id)!)) };
}
