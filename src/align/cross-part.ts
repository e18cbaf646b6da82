import type { PartKind, Report } from '../report.js';

const partsOf = new WeakMap<Report, Set<PartKind>>();
const levelsOf = new WeakMap<Report, Set<number>>();

function kinds<K>(memo: WeakMap<Report, Set<K>>, r: Report, of: (s: Report['sections'][number]) => K): Set<K> {
  let set = memo.get(r);
  if (!set) memo.set(r, (set = new Set(r.sections.map(of))));
  return set;
}

/**
 * Whether `a` (OLD's) against `b` (NEW's) crosses from one kind to another
 * where the same kind was there to be had: they differ, and one report has
 * the other's kind as well.
 */
function crosses<K>(oldKinds: Set<K>, newKinds: Set<K>, a: K, b: K): boolean {
  return a !== b && (oldKinds.has(b) || newKinds.has(a));
}

/**
 * Whether a section of part `oldPart` against one of part `newPart` crosses
 * parts. Not when each side is one part only: `2024.txt#plan` against
 * `2025.txt#review` sets plans beside reviews throughout, on purpose.
 */
export function crossesParts(oldR: Report, newR: Report, oldPart: PartKind, newPart: PartKind): boolean {
  return crosses(kinds(partsOf, oldR, (s) => s.part), kinds(partsOf, newR, (s) => s.part), oldPart, newPart);
}

/**
 * Whether a section of outline level `oldLevel` against one of `newLevel`
 * crosses levels. Not when neither report has the other's level: the gov
 * reviews from 2013 on run `一是…` straight under `一、`, their plans
 * `（一）…`, so `2023.txt#plan` against `2024.txt#review` has only level 2
 * on one side and level 3 on the other.
 */
export function crossesLevels(oldR: Report, newR: Report, oldLevel: number, newLevel: number): boolean {
  return crosses(kinds(levelsOf, oldR, (s) => s.level), kinds(levelsOf, newR, (s) => s.level), oldLevel, newLevel);
}
