import { isUnsure, type Change, type ChangeCounts, type ReportDiff, type ReportSummaryMeta, type Unit, type UnitRef, type Report } from '../report.js';
import type { TokenizedReport } from '../segment/tokenize-report.js';
import type { SectionAlignment } from '../align/align-sections.js';
import type { NearestUnits } from '../align/nearest-units.js';
import type { UnitMatch } from '../align/pairing.js';
import type { TermWeights } from '../align/term-weights.js';
import { wordDiff } from './word-diff.js';
import { isMoved, sectionsAligned } from '../align/moved.js';
import { novelWords, vocabulary, type Vocabulary } from './novel-words.js';
import { closestPicker } from './closest.js';
import { isFramingPhrase } from './framing.js';
import type { TermIndex } from '../align/term-index.js';
import { ADDRESS_ONLY } from '../structure/rules.js';

function ref(r: Report, u: Unit): UnitRef {
  return {
    id: u.id,
    text: u.text,
    section: r.sections[u.sectionId]?.path ?? [],
    sectionId: u.sectionId,
    sentence: u.sentence,
    paragraph: u.paragraph,
    start: u.start,
    end: u.end,
  };
}

/** `Change.framing`, present only when true, as `weak` is. */
const framing = (text: string): { framing?: true } => (isFramingPhrase(text) ? { framing: true } : {});

/** `Change.initiative`, present only when true: the structure stage's `Unit.initiative`, carried so the summary need not structure again. */
const initiative = (u: Unit): { initiative?: true } => (u.initiative ? { initiative: true } : {});

function meta(r: Report): ReportSummaryMeta {
  return {
    name: r.name, selection: r.selection, years: r.years, units: r.units.length, chars: r.units.reduce((n, u) => n + u.text.length, 0),
    parts: r.parts.map((p) => ({ kind: p.kind, title: p.title, years: p.years, start: p.start, end: p.end })),
    ...(r.front ? { front: r.front } : {}),
  };
}

/**
 * Turns matches into the changes a reader sees: identical pairs are
 * `carried`, other pairs `modified` (with their word diff), unpaired units
 * `new` or `dropped`; `moved` when the partner sits outside the aligned
 * section. Changes follow NEW's reading order, and a dropped unit stands
 * right after the change of the OLD unit it followed.
 */
export function classify(
  oldR: TokenizedReport,
  newR: TokenizedReport,
  alignment: SectionAlignment,
  matches: UnitMatch[],
  weights: TermWeights,
  nearest: NearestUnits,
  ix: TermIndex,
  segmenter: string,
): ReportDiff {
  const firsts = matches.filter((m) => !m.repeats);
  // A NEW unit that repeats an OLD one stands in NEW's order like any pair;
  // an OLD unit that repeats a NEW one stands where it stood in OLD, as a
  // dropped unit would.
  const byNew = new Map(matches.filter((m) => m.repeats !== 'new').map((m) => [m.new, m]));
  const repeatOfOld = new Map(matches.filter((m) => m.repeats === 'new').map((m) => [m.old, m]));
  const firstOfOld = new Map(firsts.map((m) => [m.old, m.new]));
  const firstOfNew = new Map(firsts.map((m) => [m.new, m.old]));

  // Each dropped OLD unit hangs after the nearest matched OLD unit before it.
  const droppedAfter = new Map<number, number[]>();
  let anchor = -1;
  oldR.units.forEach((_, i) => {
    if (firstOfOld.has(i)) anchor = i;
    else {
      const list = droppedAfter.get(anchor) ?? [];
      list.push(i);
      droppedAfter.set(anchor, list);
    }
  });

  const pairChange = (m: UnitMatch): Change => {
    const ou = oldR.units[m.old];
    const nu = newR.units[m.new];
    const change: Change = {
      kind: m.exact ? 'carried' : 'modified',
      // A second mention did not move: its first mention's change says where the text went.
      // Nor did a bare `各位代表！`: it has no content whose place could change, and
      // which of a report's five pairs with which is chance (blind readers judged such links by place).
      moved: !m.repeats && !ADDRESS_ONLY.test(ou.unit.text) && isMoved(oldR.report, newR.report, alignment, ou.unit.sectionId, nu.unit.sectionId),
      old: ref(oldR.report, ou.unit),
      new: ref(newR.report, nu.unit),
      similarity: m.score,
    };
    if (!m.exact) {
      change.diff = wordDiff(ou.tokens, nu.tokens);
      change.shared = m.shared;
    }
    if (m.weak) change.weak = true;
    if (m.repeats) {
      change.repeats = m.repeats;
      change.also =
        m.repeats === 'old'
          ? ref(newR.report, newR.units[firstOfOld.get(m.old)!].unit)
          : ref(oldR.report, oldR.units[firstOfNew.get(m.new)!].unit);
    }
    return change;
  };

  // Made when the first unpaired unit asks: a pair with none never needs them.
  let oldWords: Vocabulary | undefined;
  let newWords: Vocabulary | undefined;
  // A claim's `closest` is set even when undefined (nothing alike enough): every claim then has one
  // shape, and JSON leaves the undefined field out.
  const closestOf = closestPicker(oldR, newR, nearest, (o, n) => sectionsAligned(alignment, oldR.units[o].unit.sectionId, newR.units[n].unit.sectionId), ix);
  const changes: Change[] = [];
  const pushDropped = (afterOld: number) => {
    for (const i of droppedAfter.get(afterOld) ?? []) {
      const repeat = repeatOfOld.get(i);
      if (repeat) changes.push(pairChange(repeat));
      else {
        const novel = novelWords(oldR.units[i], (newWords ??= vocabulary(newR, 'new', weights)));
        const closest = closestOf.ofOld(i);
        const unit = oldR.units[i].unit;
        changes.push({ kind: 'dropped', moved: false, old: ref(oldR.report, unit), new: null, novel, ...framing(unit.text), ...initiative(unit), closest });
      }
    }
  };
  pushDropped(-1);
  newR.units.forEach((nu, j) => {
    const m = byNew.get(j);
    if (!m) {
      const novel = novelWords(nu, (oldWords ??= vocabulary(oldR, 'old', weights)));
      const closest = closestOf.ofNew(j);
      changes.push({ kind: 'new', moved: false, old: null, new: ref(newR.report, nu.unit), novel, ...framing(nu.unit.text), ...initiative(nu.unit), closest });
      return;
    }
    changes.push(pairChange(m));
    if (!m.repeats) pushDropped(m.old);
  });

  const counts: ChangeCounts = { carried: 0, modified: 0, new: 0, dropped: 0, moved: 0, repeated: 0, weak: 0, unsure: 0 };
  for (const c of changes) {
    if (c.repeats) counts.repeated++;
    else counts[c.kind]++;
    if (c.moved) counts.moved++;
    if (c.weak) counts.weak++;
    if (isUnsure(c)) counts.unsure++;
  }
  return {
    version: 2,
    old: meta(oldR.report),
    new: meta(newR.report),
    sections: alignment.pairs,
    changes,
    counts,
    segmenter,
    diagnostics: [oldR.report, newR.report].flatMap((r) => r.diagnostics.map((d) => ({ ...d, file: d.file ?? r.name }))),
  };
}
