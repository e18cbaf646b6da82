import { ALIKE_SIMILARITY, CLOSE_SIMILARITY, WORDING_ALIKE, type SectionPair } from '../../report.js';
import type { Capped, ClaimGroup, ClaimItem, LinkList, QuotedFigure, Summary } from '../../summary/index.js';
import { closestNote, framingNote, novelNote } from '../change-place.js';
import { toHunks, type Hunk } from './hunks.js';

/** What differs between the Markdown and the plain-text summary: how each piece is written. */
export interface SummaryStyle {
  title(oldName: string, newName: string): string;
  heading(text: string): string;
  /** A heading within a list's heading: the part of a report its claims sit in. */
  subheading(text: string): string;
  /** Report text made safe for the format. */
  quote(text: string): string;
  hunks(hunks: Hunk[]): string;
  figure(f: QuotedFigure): string;
  em(text: string): string;
  table(head: string[], rows: string[][], rightAligned: boolean[]): string[];
  bullet(text: string): string;
}

const ROOT = '(before the first heading)';

/** A heading path as one line: `2025年政府工作任务 › 大力提振消费`. */
export function pathText(path: string[] | null): string {
  if (!path) return '—';
  return path.length ? path.join(' › ') : ROOT;
}

function describeMeta(m: Summary['old']): string {
  const part = m.selection === 'all' || m.name.endsWith(`#${m.selection}`) ? '' : `#${m.selection}`;
  return `${m.name}${part}`;
}

function list<T>(out: string[], s: SummaryStyle, title: string, items: Capped<T>, line: (item: T) => string, note?: string): void {
  if (items.total === 0) return;
  out.push('', s.heading(`${title} (${items.total})`), '');
  bullets(out, s, items, line, note);
}

function bullets<T>(out: string[], s: SummaryStyle, items: Capped<T>, line: (item: T) => string, note?: string): void {
  if (note) out.push(note, '');
  for (const item of items.items) out.push(s.bullet(line(item)));
  if (items.more > 0) out.push(s.bullet(`… and ${items.more} more`));
}

/**
 * `In NEW's plan (439), from 「2025年经济社会发展总体要求和政策取向」 on`: where a group of
 * claims sits (a part runs over several sections). Corner brackets, not “”: a
 * title may hold its own quotes (`“十三五”时期发展成就和“十四五”时期主要目标任务`).
 */
function partLabel(g: ClaimGroup, side: string, quote: (text: string) => string): string {
  const from = g.title === null ? '' : `, from 「${quote(g.title)}」 on`;
  const name = g.part === 'other' ? (g.title === null ? `In ${side}'s opening, before its first heading` : `In a part of ${side}`) : `In ${side}'s ${g.part}`;
  return `${name} (${g.claims.total})${from}`;
}

/**
 * The order `linkList` gives, said where it matters: `The 332 in NEW's plan,
 * from 「…」 on, come first, the 2 that state a fiscal or monetary policy
 * stance at their head; the last 47 are weak links: check them.`
 */
function linkOrderNote({ weak, total, plan }: LinkList<{ weak: boolean }>, quote: (text: string) => string): string | undefined {
  const said: string[] = [];
  const stances = plan && plan.stances > 0 ? `${plan.stances === 1 ? 'one that states' : `${plan.stances} that state`} a fiscal or monetary policy stance` : '';
  // All in the plan (a plan compared alone): only the stances moved.
  if (plan && plan.count === total - weak) said.push(`The ${stances} ${plan.stances === 1 ? 'comes' : 'come'} first`);
  else if (plan) said.push(`The ${plan.count} in NEW's plan${plan.title === null ? '' : `, from 「${quote(plan.title)}」 on,`} come first${stances ? `, the ${stances} at their head` : ''}`);
  if (weak > 0 && weak < total) said.push(`${said.length ? 'the' : 'The'} last ${weak} are weak links: check them`);
  return said.length ? `${said.join('; ')}.` : undefined;
}

/**
 * A list of claims, a group per part of the report (the plan's first); a
 * single group, as when the report has no parts or one part was compared,
 * reads as a plain list.
 */
function claimList(out: string[], s: SummaryStyle, title: string, groups: ClaimGroup[], side: string, line: (item: ClaimItem) => string, note: (g: ClaimGroup) => string | undefined): void {
  const total = groups.reduce((n, g) => n + g.claims.total, 0);
  if (total === 0) return;
  out.push('', s.heading(`${title} (${total})`), '');
  if (groups.length === 1) return bullets(out, s, groups[0].claims, line, note(groups[0]));
  groups.forEach((g, i) => {
    if (i > 0) out.push('');
    out.push(s.subheading(partLabel(g, side, s.quote)), '');
    bullets(out, s, g.claims, line, note(g));
  });
}

/** `2008–2012` for a run of years, else the years listed (`2011`, `2019, 2021`). */
function yearsText(years: number[]): string {
  const run = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  return run && years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
}

function sectionRow(s: SummaryStyle, p: SectionPair): string[] {
  const sim = p.old && p.new ? p.similarity.toFixed(2) : '—';
  return [s.quote(pathText(p.old)), s.quote(pathText(p.new)), sim];
}

/** Lays a summary out in a fixed order (counts, sections, new, dropped, reworded, moved, repeated, numbers). */
export function renderSummaryWith(summary: Summary, s: SummaryStyle): string {
  const k = summary.counts;
  const out: string[] = [s.title(describeMeta(summary.old), describeMeta(summary.new)), ''];
  out.push(
    ...s.table(
      ['kind', 'count'],
      [['new', k.new], ['dropped', k.dropped], ['reworded', k.modified], ['moved', k.moved], ['carried over', k.carried], ['repeated', k.repeated], ['weak links (check first)', k.weak], ['unsure new or dropped (check first)', k.unsure]].map(
        ([a, b]) => [String(a), String(b)],
      ),
      [false, true],
    ),
  );
  if (summary.sections.total > 0) {
    out.push('', s.heading(`Sections (${summary.sections.total})`), '');
    // A loop, not push(...rows): with --limit 0 a report of 100k headings has 100k rows, past the argument limit.
    for (const row of s.table(['old', 'new', 'similarity'], summary.sections.items.map((p) => sectionRow(s, p)), [false, false, true])) out.push(row);
    if (summary.sections.more > 0) out.push('', `… and ${summary.sections.more} more`);
  }
  const where = (section: string[]) => s.em(s.quote(pathText(section)));
  // A claim to check (`claimTrust` alike, unsure or close) gives the closest unit of the other report: where to look.
  const claim = (kind: 'new' | 'dropped') => (u: ClaimItem) => {
    const note = novelNote({ kind, novel: u.novel });
    const framing = framingNote({ kind, framing: u.framing });
    const near = u.trust !== 'sure' ? closestNote({ kind, novel: u.novel }, u.closest, s.quote) : null;
    return `${s.quote(u.text)} — ${where(u.section)}${note ? ` · ${s.em(s.quote(note))}` : ''}${framing ? ` · ${s.em(framing)}` : ''}${near ? ` · ${near}` : ''}`;
  };
  const orderNote = (other: string) => (g: ClaimGroup) => {
    const order = gradeOrderNote(other, g);
    const wider = g.widerReview && `${other}'s review covers ${yearsText(g.widerReview)}, this one ${yearsText(g.years)} only: what it reports is often summed up there, in other words or with the years' totals, so check these against it too.`;
    return [order, wider].filter(Boolean).join(' ') || undefined;
  };
  const gradeOrderNote = (other: string, { claims, alike, unsure, close, framing }: ClaimGroup) => {
    const all: Array<[number, string]> = [
      [alike, `name such a word but ${other} has a unit alike (closest from ${ALIKE_SIMILARITY} in words or ${WORDING_ALIKE} in wording), so check them against it`],
      [unsure, `use only words ${other} also uses, and are often reworded: check them`],
      [close, `have a unit in ${other} this close (from ${CLOSE_SIMILARITY} in words, or from ${WORDING_ALIKE} in wording when naming no such word), and most such claims are rewordings: check them against it`],
      [framing, 'only open a sentence or a list (面对…, 经过…, 在…的同时, 回顾…, 按照…的要求, 实践证明…, 主要做了以下工作…), whose content is what follows: they name no initiative'],
    ];
    const groups = all.filter(([n]) => n > 0);
    // The sure claims are not in reading order (`initiativesFirst`): say so whenever there are two.
    const sure = claims.total - alike - unsure - close - framing;
    if (groups.length === 0) return sure > 1 ? `Initiatives come first, then the rest, each those most made of words ${other} never uses first.` : undefined;
    const parts = groups.map(([n, what], i) => `the ${i === groups.length - 1 ? 'last' : 'next'} ${n} ${what}`);
    const first = `Those naming a word ${other} never uses come first${sure > 1 ? ' (initiatives first, then the rest, each those most made of such words first)' : ''}`;
    return `${[first, ...parts].join('; ')}.`;
  };
  claimList(out, s, 'New initiatives', summary.added, 'NEW', claim('new'), orderNote('OLD'));
  claimList(out, s, 'Dropped initiatives', summary.dropped, 'OLD', claim('dropped'), orderNote('NEW'));
  const weak = (w: boolean) => (w ? ` ${s.em('(weak link: check it)')}` : '');
  list(out, s, 'Reworded', summary.reworded, (r) => `${s.hunks(toHunks(r.diff))} — ${where(r.new.section)}${weak(r.weak)}`, linkOrderNote(summary.reworded, s.quote));
  list(out, s, 'Moved', summary.moved, (m) => `${s.quote(m.new.text)} — ${where(m.old.section)} → ${where(m.new.section)}${weak(m.weak)}`, linkOrderNote(summary.moved, s.quote));
  list(
    out,
    s,
    'Repeated (said again in one report, where the other says it once)',
    summary.repeated,
    (r) => {
      const [once, other] = r.repeats === 'old' ? ['OLD', 'NEW'] : ['NEW', 'OLD'];
      return `${s.quote(r.unit.text)} — ${where(r.unit.section)}; ${once} says it once, as ${s.quote(r.of.text)} (first linked to ${other}’s ${s.quote(r.also.text)})`;
    },
  );
  // What a bare `增长5.2% → 增长5%` measures comes first, as a label: `国内生产总值：增长5.2% → 增长5%`.
  list(out, s, 'Numbers that changed', summary.numbers, (n) => `${n.of ? `${s.quote(n.of)}：` : ''}${s.figure(n.old)} → ${s.figure(n.new)} — ${where(n.section)}`);
  if (!summary.changed) out.push('', 'No changes.');
  return `${out.join('\n')}\n`;
}
