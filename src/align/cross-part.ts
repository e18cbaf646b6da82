import type { PartKind, Report } from '../report.js';

const partsOf = new WeakMap<Report, Set<PartKind>>();

function parts(r: Report): Set<PartKind> {
  let set = partsOf.get(r);
  if (!set) partsOf.set(r, (set = new Set(r.sections.map((s) => s.part))));
  return set;
}

/**
 * Whether a section of part `oldPart` against one of part `newPart` crosses
 * from one part of the reports to another: they differ, and one report has
 * the other's part as well, so the same part was there to be had. Not when
 * each side is one part only: `2024.txt#plan` against `2025.txt#review` sets
 * plans beside reviews throughout, on purpose.
 */
export function crossesParts(oldR: Report, newR: Report, oldPart: PartKind, newPart: PartKind): boolean {
  return oldPart !== newPart && (parts(oldR).has(newPart) || parts(newR).has(oldPart));
}
