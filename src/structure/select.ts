import type { Report } from '../report.js';
import { InputError } from '../errors.js';

const EXAMPLE: Record<'review' | 'plan', string> = { review: '2024年工作回顾', plan: '2024年政府工作任务' };

/**
 * The report narrowed to its review or plan part: only the units, sections
 * and sentences inside the part, re-indexed from 0 (section 0 stays the
 * root); offsets still point into the full `text`.
 */
export function selectPart(report: Report, part: 'review' | 'plan'): Report {
  const p = report.parts.find((x) => x.kind === part);
  if (!p) {
    throw new InputError(report.name, `has no ${part} part (no heading like “${EXAMPLE[part]}” found)`, 'no-part');
  }
  const inside = (start: number) => start >= p.start && start < p.end;

  const sectionIds = new Map<number, number>([[0, 0]]);
  const sections = [{ ...report.sections[0], part: p.kind, start: p.start, end: p.end }];
  for (const s of report.sections.slice(1)) {
    if (!inside(s.start)) continue;
    sectionIds.set(s.id, sections.length);
    sections.push({ ...s, id: sections.length, parentId: sectionIds.get(s.parentId ?? 0) ?? 0 });
  }
  const sentenceIds = new Map<number, number>();
  const sentences: Report['sentences'] = [];
  report.sentences.forEach((s, i) => {
    if (!inside(s.start)) return;
    sentenceIds.set(i, sentences.length);
    sentences.push(s);
  });
  const units = report.units
    .filter((u) => inside(u.start))
    .map((u, id) => ({ ...u, id, sectionId: sectionIds.get(u.sectionId) ?? 0, sentence: sentenceIds.get(u.sentence) ?? 0 }));

  return { ...report, selection: part, parts: [p], sections, sentences, units, years: [...p.years] };
}
