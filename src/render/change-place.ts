import { claimTrust, gradedByWording, repeatUnits, type Change, type ClosestUnit, type UnitRef } from '../report.js';

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
export const WEAK_NOTE = 'weak link: nothing around it matches, and it shares little; check it';

/** How many of a claim's novel words a note names. */
const NOVEL_SHOWN = 5;

/**
 * What every view says of a new or dropped claim (`Change.novel`): the words
 * the other report never uses, which a reader can search it for, or, when
 * there are none, that the claim may be a rewording to check.
 */
export function novelNote(c: Pick<Change, 'kind' | 'novel'>): string | null {
  if (!c.novel || (c.kind !== 'new' && c.kind !== 'dropped')) return null;
  const other = otherReport(c.kind);
  if (c.novel.length === 0) return `every word is also in ${other}: may be reworded; check it`;
  const more = c.novel.length > NOVEL_SHOWN ? ' …' : '';
  return `not in ${other}: ${c.novel.slice(0, NOVEL_SHOWN).join('、')}${more}`;
}

/**
 * What every view says of a claim's closest unit in the other report
 * (`Change.closest`, resolved by `closestUnit`), so a reader can check a
 * rewording at a glance, and, for a claim graded `close` (`claimTrust`),
 * that most such claims are rewordings; `quote` sets the unit's text off
 * as the view quotes text.
 */
export function closestNote(c: Pick<Change, 'kind' | 'novel'>, near: ClosestUnit | null | undefined, quote = (text: string) => text): string | null {
  if (!near) return null;
  const note = `closest in ${otherReport(c.kind)} (${closestAlike({ novel: c.novel, closest: near })}): ${quote(near.unit.text)}`;
  return claimTrust({ novel: c.novel, closest: near }) === 'close' ? `${note} — ${CLOSE_NOTE}` : note;
}

/**
 * How alike a claim's closest unit is, as views print it: its word
 * similarity, and its wording too when that is what grades the claim
 * (`gradedByWording`): `0.15, wording 0.44`.
 */
export function closestAlike(c: Pick<Change, 'novel'> & { closest: Pick<ClosestUnit, 'similarity' | 'wording'> }): string {
  const words = c.closest.similarity.toFixed(2);
  return gradedByWording(c) ? `${words}, wording ${c.closest.wording.toFixed(2)}` : words;
}

/** What every view says under a claim that only opens its sentence (`Change.framing`). */
export function framingNote(c: Pick<Change, 'kind' | 'framing'>): string | null {
  return c.framing && (c.kind === 'new' || c.kind === 'dropped') ? FRAMING_NOTE : null;
}
export const FRAMING_NOTE = 'only opens its sentence or a list, whose content follows: names no initiative';

/** What every view adds to the closest unit of a claim whose `claimTrust` is `close`. */
export const CLOSE_NOTE = 'most claims this close are rewordings';

/** The report a claim of this kind is checked against: OLD for a `new` unit, NEW for a `dropped` one. */
const otherReport = (kind: Change['kind']) => (kind === 'new' ? 'OLD' : 'NEW');

export function repeatNote(c: Pick<Change, 'repeats' | 'also'>): string | null {
  if (!c.repeats || !c.also) return null;
  return `said once in ${c.repeats === 'old' ? 'OLD' : 'NEW'}, first linked to: ${c.also.text}`;
}
