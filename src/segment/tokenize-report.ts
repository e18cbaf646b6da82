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

/**
 * Cuts each paragraph once and hands every unit the tokens inside it: one
 * segmenter call per paragraph instead of per clause. Units end at
 * punctuation, where jieba never joins characters, so a token that straddles
 * a unit boundary is rare; when it happens it is split at the boundary.
 */
function unitTokens(report: Report, segmenter: Segmenter): string[][] {
  const out: string[][] = report.units.map(() => []);
  let u = 0;
  const units = report.units;
  let lineStart = 0;
  for (const line of report.text.split('\n')) {
    const lineEnd = lineStart + line.length;
    while (u < units.length && units[u].end <= lineStart) u++;
    if (u < units.length && units[u].start < lineEnd) {
      // Only the stretch of the line that units cover (a part selection may start mid-line).
      const from = Math.max(lineStart, units[u].start);
      let pos = from;
      let k = u;
      for (const token of segmenter.cut(report.text.slice(from, lineEnd))) {
        let t = token;
        while (t) {
          while (k < units.length && units[k].end <= pos) k++;
          if (k >= units.length) break;
          const unit = units[k];
          if (pos < unit.start) {
            const skip = Math.min(t.length, unit.start - pos);
            t = t.slice(skip);
            pos += skip;
            continue;
          }
          const take = Math.min(t.length, unit.end - pos);
          out[k].push(t.slice(0, take));
          t = t.slice(take);
          pos += take;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

const termCache = new Map<string, string | null>();
function termOf(token: string): string | null {
  let t = termCache.get(token);
  if (t === undefined) {
    const k = compareKey(token);
    t = k && isTerm(k) ? k : null;
    termCache.set(token, t);
  }
  return t;
}

/**
 * A clause that now ends in ， instead of 。 (because a clause was added
 * after it) says the same thing: the key drops the unit's closing
 * punctuation along with its outline marker.
 */
export function unitKey(text: string): string {
  return compareKey(stripEnumMarker(text)).replace(TRAILING_PUNCT, '');
}
const TRAILING_PUNCT = /[。，；：！？、,;:!?.…]+$/u;

/** Tokenizes every unit of a report with one segmenter. */
export function tokenizeReport(report: Report, segmenter: Segmenter): TokenizedReport {
  const tokens = unitTokens(report, segmenter);
  const units = report.units.map((unit, i) => {
    // Guard the contract (tokens rebuild the unit) should a unit span text the line walk missed.
    const toks = tokens[i].join('') === unit.text ? tokens[i] : segmenter.cut(unit.text);
    const terms = new Set<string>();
    for (const tok of toks) {
      const t = termOf(tok);
      if (t) terms.add(t);
    }
    return { unit, key: unitKey(unit.text), tokens: toks, terms: [...terms] };
  });
  return { report, units };
}
