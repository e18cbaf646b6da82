import { repeatUnits, type Change, type UnitRef } from '../report.js';

/**
 * A change worth showing in a listing of changes (the text report; n/N in
 * the terminal UI): anything but a carried unit that neither moved nor is a
 * repeat, which only says the text stayed put.
 */
export function isRealChange(c: Change): boolean {
  return c.kind !== 'carried' || c.moved || c.repeats !== undefined;
}

/**
 * The unit whose place a change takes in a listing: NEW's, except for a
 * dropped unit and for an OLD unit that repeats a NEW one, which stand
 * where they stood in OLD (so they are grouped under OLD's section).
 */
export function homeUnit(c: Change): UnitRef {
  return (repeatUnits(c)?.unit ?? c.new ?? c.old)!;
}

/**
 * What every view says of a repeat: which report has the thing only once,
 * and where that unit's first link went, so a reader sees both links.
 */
/** The note views show under a weak link (`Change.weak`). */
export const WEAK_NOTE = 'weak link: moved, and nothing around it matches; check it';

export function repeatNote(c: Pick<Change, 'repeats' | 'also'>): string | null {
  if (!c.repeats || !c.also) return null;
  return `said once in ${c.repeats === 'old' ? 'OLD' : 'NEW'}, first linked to: ${c.also.text}`;
}
