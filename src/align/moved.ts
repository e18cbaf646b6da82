import type { Report } from '../report.js';
import type { SectionAlignment } from './align-sections.js';
import { crossesParts } from './cross-part.js';
import { isClosingText } from './closing-text.js';

/** Whether the alignment pairs these two sections (NEW's section has OLD's among its aligned ones). */
export function sectionsAligned(alignment: SectionAlignment, oldSection: number, newSection: number): boolean {
  return alignment.oldFor.get(newSection)?.has(oldSection) ?? false;
}

function ancestors(r: Report, id: number): number[] {
  const out: number[] = [];
  for (let s: number | null | undefined = id; s != null && s !== 0; s = r.sections[s]?.parentId) out.push(s);
  return out;
}

/**
 * Whether `tail` is closing text (see isClosingText) and `other` the last
 * subsection of a section aligned with the tail's parent. `partners` maps
 * the other report's section ids to this report's.
 */
function closesLastOf(r: Report, other: Report, partners: Map<number, Set<number>>, tail: number, otherSection: number): boolean {
  if (!isClosingText(r.sections, tail)) return false;
  const s = other.sections[otherSection];
  if (!s || s.parentId == null || !partners.get(s.parentId)?.has(r.sections[tail].parentId!)) return false;
  let last = -1;
  for (const x of other.sections) if (x.parentId === s.parentId && x.heading !== null) last = x.id;
  return last === otherSection;
}

/**
 * A unit moved when its partner sits outside the section aligned with its
 * own, or when its whole section moved under another parent (a `一是…`
 * subsection taken from （二） into （三） aligns with itself, but it moved).
 * Between a section's own text and one of its subsections, it moved only
 * when that subsection is on both sides (the review's summary paragraph
 * `深化国有企业改革` now under 2025's `深化改革` subsection); a unit that
 * only fell into the parent because its subsection heading was not
 * recognised on one side, or that a newly added subsection took in, did not.
 */
export function isMoved(oldR: Report, newR: Report, alignment: SectionAlignment, oldSection: number, newSection: number): boolean {
  return answer(oldR, newR, alignment, oldSection, newSection, false);
}

/**
 * The same question with parents that must align with each other, as
 * `isMoved` asked before parents could correspond through their subsections
 * (`parentsCorrespond`). The passes that pair units left alone by their
 * place (`leftoverLinks`, `charLeftoverLinks`) ask this one: opened to
 * subsections whose parents only correspond, they made ≈300 more links on
 * the corpus pairs, of which a blind reader judged a sample of 39 15 the
 * same item, 6 partly and 18 wrong.
 */
export function isMovedUnderAlignedParents(oldR: Report, newR: Report, alignment: SectionAlignment, oldSection: number, newSection: number): boolean {
  return answer(oldR, newR, alignment, oldSection, newSection, true);
}

function answer(oldR: Report, newR: Report, alignment: SectionAlignment, oldSection: number, newSection: number, strict: boolean): boolean {
  // Asked per link and per candidate, of a few hundred section pairs at most: answered once each.
  let memo = answers.get(alignment);
  if (!memo) answers.set(alignment, (memo = new Map()));
  const key = (oldSection * 0x100000 + newSection) * 2 + (strict ? 1 : 0);
  let moved = memo.get(key);
  if (moved === undefined) memo.set(key, (moved = movedBetween(oldR, newR, alignment, oldSection, newSection, strict)));
  return moved;
}

const answers = new WeakMap<SectionAlignment, Map<number, boolean>>();

function movedBetween(oldR: Report, newR: Report, alignment: SectionAlignment, oldSection: number, newSection: number, strict: boolean): boolean {
  // Where one report turns to the hall and the other runs on, the closing
  // text of a section stands in the other's last subsection (gov 2023's
  // foreign policy after `各位代表！`, 2024's at the end of its `六是`).
  if (!strict && (closesLastOf(oldR, newR, alignment.oldFor, oldSection, newSection) || closesLastOf(newR, oldR, alignment.newFor, newSection, oldSection))) return false;
  // Closing texts of aligned sections are each that section's own text, however many addresses, turns to the
  // problems or looks back over the year cut it into (gov 2005's problems after its lessons, 2006's on their own).
  if (!strict && isClosingText(oldR.sections, oldSection) && isClosingText(newR.sections, newSection)) {
    const po = oldR.sections[oldSection].parentId!;
    const pn = newR.sections[newSection].parentId!;
    if (sectionsAligned(alignment, po, pn)) return false;
  }
  const oldUp = ancestors(oldR, oldSection);
  const newUp = ancestors(newR, newSection);
  // One of these sections aligned with the other side's section.
  const oldUnder = (olds: number[]) => olds.some((o) => sectionsAligned(alignment, o, newSection));
  const newUnder = (news: number[]) => news.some((n) => sectionsAligned(alignment, oldSection, n));
  const related = (olds: number[], news: number[]) => oldUnder(olds) || newUnder(news);
  if (!sectionsAligned(alignment, oldSection, newSection)) {
    const oldDeeper = oldUnder(oldUp);
    const newDeeper = newUnder(newUp);
    if (!oldDeeper && !newDeeper) return true;
    // One level apart: moved only when the subsection it left or entered is
    // on both sides. The closing text after a section's subsections (a
    // section without heading, opened by an address to the hall or by the
    // turn to the problems) is that section's own text, wherever it pairs.
    return (oldDeeper && alignment.newFor.has(oldSection) && !isClosingText(oldR.sections, oldSection)) || (newDeeper && alignment.oldFor.has(newSection) && !isClosingText(newR.sections, newSection));
  }
  // Aligned, and one side's section is merged into the other's parent.
  if (related(oldUp.slice(1), newUp.slice(1))) return false;
  const po = oldR.sections[oldSection]?.parentId;
  const pn = newR.sections[newSection]?.parentId;
  if (po == null || pn == null || (po === 0 && pn === 0)) return false;
  if (strict ? sectionsAligned(alignment, po, pn) : parentsCorrespond(oldR, newR, alignment, po, pn)) return false;
  // One a section of its own, the other a subsection: the same theme one
  // level up or down (2006's `今年主要任务` › `进一步推进改革开放` became 2007's
  // `五、深化改革和扩大开放`, one of four plan sections), moved only when it
  // went to the other part of the report.
  if (!strict && (po === 0) !== (pn === 0)) {
    const op = oldR.sections[oldSection]?.part;
    const np = newR.sections[newSection]?.part;
    if (op !== undefined && np !== undefined && op !== 'other' && np !== 'other' && !crossesParts(oldR, newR, op, np)) return false;
  }
  if (alignment.oldFor.has(pn) || alignment.newFor.has(po)) return true;
  // Parents holding no units (a heading lost in extraction) compare by heading.
  return (oldR.sections[po]?.heading ?? null) !== (newR.sections[pn]?.heading ?? null);
}

/**
 * Two parent sections of one part correspond when aligned, or when most
 * subsections of either that align at all align under the other. The second holds where the
 * parents' own text went elsewhere: 2021's `三、2021年重点工作` opens with the
 * year's targets, which 2022 moved into `二、…总体要求和政策取向`, so it aligns
 * with that, while its eight subsections align with those of 2022's
 * `三、2022年政府工作任务`; by the parents alone, every link between the two
 * plans was a move (315 of the pair's 480 moved links). Either way round:
 * 2006's one `二、今年主要任务` against 2007's four plan sections, each of whose
 * subsections align under 2006's.
 */
function parentsCorrespond(oldR: Report, newR: Report, alignment: SectionAlignment, po: number, pn: number): boolean {
  if (sectionsAligned(alignment, po, pn)) return true;
  // A plan's subsections aligned with a review's (2023's five-year review took
  // the themes of 2022's plan) still moved to the other part of the report.
  const op = oldR.sections[po]?.part;
  const np = newR.sections[pn]?.part;
  if (op === undefined || np === undefined || crossesParts(oldR, newR, op, np)) return false;
  return mostlyUnder(oldR, newR, alignment.newFor, po, pn) || mostlyUnder(newR, oldR, alignment.oldFor, pn, po);
}

/** Whether most of `parent`'s subsections that align at all (two at least) align with a subsection of `otherParent`. */
function mostlyUnder(r: Report, other: Report, partners: Map<number, Set<number>>, parent: number, otherParent: number): boolean {
  let withPartner = 0;
  let under = 0;
  for (const s of r.sections) {
    if (s.parentId !== parent) continue;
    const to = partners.get(s.id);
    if (!to?.size) continue;
    withPartner++;
    for (const t of to) {
      if (other.sections[t]?.parentId !== otherParent) continue;
      under++;
      break;
    }
  }
  return under >= 2 && under * 2 > withPartner;
}
