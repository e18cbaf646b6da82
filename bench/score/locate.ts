import type { ReportDiff, UnitRef } from '../../src/report.js';
import { matchKey } from '../lib/key.js';

/** A unit's place in a whitespace-free key: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * How far past the cursor a unit may be found before the match is
 * distrusted: units tile the text, so the true place is at the cursor
 * unless the engine repaired or dropped a little text in between.
 */
const SLACK = 400;

/**
 * Locates one side's units in that side's key by content, in text order.
 * `UnitRef.start/end` point into the engine's repaired text, whose offsets
 * differ from the key's; content is what both share. Units not found are
 * left out (the scorer reports coverage). Unit: chars of the key.
 */
export function locateUnits(refs: UnitRef[], key: string): Map<number, Span> {
  const byId = new Map<number, UnitRef>();
  for (const r of refs) byId.set(r.id, r);
  const ordered = [...byId.values()].sort((a, b) => a.start - b.start || a.id - b.id);
  const hay = matchKey(key);
  const out = new Map<number, Span>();
  let cursor = 0;
  for (const ref of ordered) {
    const needle = matchKey(ref.text);
    if (!needle) continue;
    const at = hay.indexOf(needle, cursor);
    if (at < 0 || (out.size > 0 && at - cursor > SLACK)) continue;
    out.set(ref.id, { start: at, end: at + needle.length });
    cursor = at + needle.length;
  }
  return out;
}

/** Located units of both sides of a diff. */
export function locateDiff(diff: ReportDiff, oldKey: string, newKey: string): { old: Map<number, Span>; new: Map<number, Span> } {
  const olds = diff.changes.flatMap((c) => (c.old ? [c.old] : []));
  const news = diff.changes.flatMap((c) => (c.new ? [c.new] : []));
  return { old: locateUnits(olds, oldKey), new: locateUnits(news, newKey) };
}
