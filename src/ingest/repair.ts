import type { Diagnostic } from '../report.js';
import { isHardWrapped } from './layout.js';
import { joinBlocks, joinHardWrapped } from './join.js';
import { emptyCounts, fixLine } from './line-fix.js';
import { ADDRESS_INSIDE, TERMINAL_CONTROL, ZERO_WIDTH, ZERO_WIDTH_ONLY_LINE } from './rules.js';

/** Repaired text (one paragraph per line) plus notes on what was repaired. */
export interface Repaired {
  text: string;
  layout: 'hard-wrapped' | 'paragraph-lines';
  diagnostics: Diagnostic[];
}

function info(code: string, message: string): Diagnostic {
  return { severity: 'info', code, message };
}

/**
 * Turns decoded text into paragraphs joined by single `\n`: fixes each line
 * (spacing, widths, zero-width marks), decides the layout of the whole
 * document, and rebuilds paragraphs accordingly. Pure; the unit is one document.
 */
export function repairText(decoded: string): Repaired {
  const counts = emptyCounts();
  // Terminal control sequences are never report text, and copied to a terminal
  // they would act (colour it, retitle its window): dropped before anything else.
  let controls = 0;
  const clean = decoded.replace(TERMINAL_CONTROL, () => (controls++, ''));
  const rawLines = clean.replace(/\r\n?/g, '\n').split('\n');
  // A line of only U+200B is a page marker inside a sentence (2017/2021): delete
  // it rather than leave a blank line, which would split the sentence.
  const kept = rawLines.filter((l) => !ZERO_WIDTH_ONLY_LINE.test(l.trim()));
  const pageMarkers = rawLines.length - kept.length;
  const zeroWidthInline = kept.reduce((n, l) => n + (l.match(ZERO_WIDTH)?.length ?? 0), 0);
  const lines = kept.map((l) => fixLine(l, counts));

  const nonBlank = lines.filter((l) => l !== '');
  const hard = isHardWrapped(nonBlank);
  let joined;
  if (hard) {
    joined = joinHardWrapped(nonBlank);
  } else {
    const blocks: string[][] = [[]];
    for (const l of lines) {
      if (l === '') blocks.push([]);
      else blocks[blocks.length - 1].push(l);
    }
    joined = joinBlocks(blocks.filter((b) => b.length > 0));
  }

  let addresses = 0;
  const paragraphs = joined.paragraphs.flatMap((p) => {
    const parts = p.split(ADDRESS_INSIDE);
    addresses += parts.length - 1;
    return parts;
  });

  const diagnostics: Diagnostic[] = [];
  if (hard && joined.joins > 0)
    diagnostics.push(info('hard-wrap-joined', `joined ${joined.joins} hard-wrapped line break(s) into ${paragraphs.length} paragraphs`));
  if (!hard && joined.joins > 0)
    diagnostics.push(info('lines-joined', `rejoined ${joined.joins} line break(s) inside sentences (link fragments, split segments)`));
  if (pageMarkers + zeroWidthInline > 0)
    diagnostics.push(info('zero-width-removed', `removed ${pageMarkers} zero-width page-marker line(s) and ${zeroWidthInline} inline zero-width character(s)`));
  if (addresses > 0) diagnostics.push(info('address-split', `started ${addresses} paragraph(s) at an address to the hall (各位代表！) glued to the sentence before`));
  if (controls > 0) diagnostics.push(info('controls-removed', `removed ${controls} terminal control sequence(s) or control character(s)`));
  if (counts.spacedLines > 0) diagnostics.push(info('letter-spacing-closed', `closed up ${counts.spacedLines} letter-spaced line(s)`));
  if (counts.numberSpaces > 0) diagnostics.push(info('number-spacing-closed', `removed spaces around numbers on ${counts.numberSpaces} line(s)`));
  if (counts.decimalDots > 0) diagnostics.push(info('decimal-dot-read', `read a middle dot as a decimal point on ${counts.decimalDots} line(s) (\`19·5％\`)`));
  if (counts.fullwidth > 0) diagnostics.push(info('fullwidth-folded', `folded full-width digits/letters on ${counts.fullwidth} line(s)`));

  return { text: paragraphs.join('\n'), layout: hard ? 'hard-wrapped' : 'paragraph-lines', diagnostics };
}
