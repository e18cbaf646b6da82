import type { Change, DiffOp, ReportDiff, ReportSummaryMeta } from '../../report.js';
import { makeStyle, type Style } from './style.js';
import { closestNote, framingNote, homeUnit, isRealChange, novelNote, repeatNote, WEAK_NOTE } from '../change-place.js';
import { closestUnit, unitsById, type UnitsById } from '../../report.js';

/** Inline rendering of a word diff: deletions and insertions marked in place. */
export function inlineDiff(ops: DiffOp[], style: Style): string {
  return ops.map((o) => (o.op === 'equal' ? o.text : o.op === 'insert' ? style.ins(o.text) : style.del(o.text))).join('');
}

const LABEL: Record<Change['kind'], string> = { new: '+ new     ', dropped: '- dropped ', modified: '~ reworded', carried: '= carried ' };

function describe(m: ReportSummaryMeta): string {
  const part = m.selection === 'all' ? '' : `#${m.selection}`;
  const years = m.years.length ? ` (${m.years.join(', ')})` : '';
  return `${m.name}${part}${years}`;
}

const pathText = (p: string[] | null) => (p && p.length ? p.join(' › ') : '(no heading)');

function changeLines(c: Change, style: Style, units: UnitsById): string[] {
  const label =
    style.kind(c.kind, LABEL[c.kind]) + (c.moved ? ` ${style.kind('moved', '(moved)')}` : '') + (c.repeats ? ` ${style.dim('(repeat)')}` : '');
  if (c.kind === 'new' || c.kind === 'dropped') {
    const notes = [novelNote(c), framingNote(c), closestNote(c, closestUnit(c, units))].filter((n) => n !== null);
    return [`${label} ${(c.new ?? c.old)!.text}`, ...notes.map((n) => style.dim(`            ${n}`))];
  }
  const lines = [`${label} ${c.diff ? inlineDiff(c.diff, style) : c.new!.text}`];
  if (c.moved) lines.push(style.dim(`            from: ${pathText(c.old!.section)}`));
  if (c.shared?.length) lines.push(style.dim(`            shared: ${c.shared.join('、')}`));
  const note = repeatNote(c);
  if (note) lines.push(style.dim(`            ${note}`));
  if (c.weak) lines.push(style.dim(`            ${WEAK_NOTE}`));
  return lines;
}

/**
 * The plain-text report: header, counts, section alignment, then every
 * change that is not a plain carry-over (a repeat is not), grouped under
 * NEW's sections.
 */
export function renderText(diff: ReportDiff, opts: { color: boolean }): string {
  const style = makeStyle(opts.color);
  const out: string[] = [];
  const k = diff.counts;
  out.push(style.bold(`--- ${describe(diff.old)}`), style.bold(`+++ ${describe(diff.new)}`));
  out.push(
    `${k.new} new, ${k.dropped} dropped, ${k.modified} reworded, ${k.moved} moved, ${k.carried} carried over unchanged, ${k.repeated} repeated; ${k.weak} weak links, ${k.unsure} unsure new or dropped`,
    '',
    style.bold('Sections'),
  );
  for (const p of diff.sections) {
    const sim = p.old && p.new ? style.dim(` (${p.similarity.toFixed(2)})`) : '';
    out.push(`  ${pathText(p.old ?? ['—'])}  →  ${pathText(p.new ?? ['—'])}${sim}`);
  }
  let section = '';
  const units = unitsById(diff);
  for (const c of diff.changes) {
    if (!isRealChange(c)) continue;
    const where = pathText(homeUnit(c).section);
    if (where !== section) {
      section = where;
      out.push('', style.bold(`§ ${where}`));
    }
    out.push(...changeLines(c, style, units));
  }
  return `${out.join('\n')}\n`;
}
