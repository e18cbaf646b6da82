import type { ChangeCounts } from '../report.js';

/** True when a comparison found anything a reader would call a change (what `--exit-code` reports). */
export function hasChanges(counts: ChangeCounts): boolean {
  return counts.new + counts.dropped + counts.modified + counts.moved + counts.repeated > 0;
}
