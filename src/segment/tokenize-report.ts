import type { Report, Unit } from '../report.js';
import type { Segmenter } from './segmenter.js';
import { compareKey } from '../ingest/normalize.js';
import { isTerm } from './terms.js';
import { stripEnumMarker } from '../structure/strip-marker.js';

/** A unit with what the matcher needs: its comparison key, tokens and terms. */
export interface TokenizedUnit {
  unit: Unit;
  /** Text under which two units compare equal (no whitespace, widths and scripts folded, outline marker dropped). */
  key: string;
  /** Tokens of `unit.text`; they concatenate back to it exactly. */
  tokens: string[];
  /** Distinct content terms (folded with compareKey), the unit's evidence. */
  terms: string[];
}

/** A report with its units tokenized once, for every later stage to share. */
export interface TokenizedReport {
  report: Report;
  units: TokenizedUnit[];
}

/** Tokenizes every unit of a report with one segmenter. */
export function tokenizeReport(report: Report, segmenter: Segmenter): TokenizedReport {
  const units = report.units.map((unit) => {
    const tokens = segmenter.cut(unit.text);
    const terms = new Set<string>();
    for (const t of tokens) {
      const k = compareKey(t);
      if (k && isTerm(k)) terms.add(k);
    }
    return { unit, key: compareKey(stripEnumMarker(unit.text)), tokens, terms: [...terms] };
  });
  return { report, units };
}
