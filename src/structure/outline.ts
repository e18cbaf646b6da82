import type { Diagnostic, Section } from '../report.js';
import type { MarkerCandidate } from './markers.js';
import type { Range } from './sentences.js';
import { ADDRESS, ADDRESS_ONLY, PROBLEMS_OPENER, SUMMING_UP_OPENER, type MarkerRule } from './rules.js';

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
 * A run of `一是…五是` ends after its last item's first paragraphs, as many
 * as the longest earlier item has: gov 2024's `一年来，中国特色大国外交全面推进…`
 * and `各位代表！` after `六是全面加强政府建设…`, gov 2009's `全面加强“三农”工作
 * 要采取以下措施：` and its `一要…五要` after `五是加大扶贫开发力度`, gov 2010's
 * `加快推进医药卫生事业改革发展…` (eleven paragraphs) after `四是大力整顿和规范
 * 房地产市场秩序`. A last item with subsections of its own is left as it is.
 *
 * A run of headed items under a section (`（一）…（八）`, `第一，…`) ends where
 * its last item's text turns to summing up the year (`SUMMING_UP_OPENER`):
 * the defence, Hong Kong, Taiwan and foreign-policy paragraphs after gov
 * 2025's `（十）加大保障和改善民生力度…`, the lessons after 2005's, 2008's,
 * 2010's and 2011's last review items, the government's own work, defence
 * and the summing-up after the last items of 18 provincial reports of 2025
 * (`各位代表，…` in their way of turning to the hall). The item keeps its
 * first body paragraph whatever it says: gov 2009's and 2010's plan items on
 * the government's own work open `过去一年，政府自身改革和建设…`.
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
  for (const run of runs) {
    const last = run[run.length - 1];
    if (run.length < 2) continue;
    const own = paragraphsOf.get(last.id) ?? [];
    if (styleOf.get(last.id) === 'shi') {
      if (parents.has(last.id)) continue;
      const keep = Math.max(...run.slice(0, -1).map((s) => paragraphsOf.get(s.id)?.length ?? 0));
      if (keep > 0 && own.length > keep) cutAt.set(last.id, own[keep]);
      continue;
    }
    if (last.parentId === 0) continue;
    const para = (pi: number) => text.slice(paragraphs[pi].start, paragraphs[pi].end);
    const headingOnly = own.length > 0 && para(own[0]).replace(/\s/gu, '') === `${last.marker}${last.heading}`.replace(/\s/gu, '');
    // An item's own paragraphs all come before its subsections: those after the turn go with it
    // (gov 2008's lessons `第一，必须坚持解放思想…`, shandong's `一年来，着重抓了以下工作：一是…`).
    for (let k = headingOnly ? 2 : 1; k < own.length; k++) {
      if (SUMMING_UP_OPENER.test(para(own[k]))) {
        cutAt.set(last.id, own[k]);
        break;
      }
    }
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
