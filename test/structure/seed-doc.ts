import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document, Report } from '../../src/report.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A Document as ingest would give it: gov seeds lose blank lines and edge whitespace. */
export function seedDoc(file: string): Document {
  const raw = readFileSync(`${root}seeds/${file}`, 'utf8');
  const text = raw.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
  return docOf(file, text);
}

/** The acftu seed with its hard-wrapped lines joined by hand (test/fixtures/structure). */
export function acftuDoc(): Document {
  const text = readFileSync(`${root}test/fixtures/structure/acftu-2023.joined.txt`, 'utf8').trimEnd();
  return docOf('acftu-2023.txt', text);
}

export function docOf(name: string, text: string): Document {
  return { name, text, encoding: 'utf-8', script: 'hans', diagnostics: [] };
}

/** The manifest entry of the acftu seed (seeds/manifest.json). */
export const ACFTU_MANIFEST = {
  review: { years: [2022], startsAt: null },
  plan: { years: [2023], startsAt: '二、2023年工会工作总体要求' },
};

/**
 * Problems with the Report contract (ids, offsets, and unless `tiling` is
 * false — selectPart keeps offsets into the full text — tiling); empty when it holds.
 */
export function contractProblems(r: Report, tiling = true): string[] {
  const out: string[] = [];
  const lineStarts = [0, ...[...r.text.matchAll(/\n/g)].map((m) => m.index + 1)];
  let pos = 0;
  r.units.forEach((u, i) => {
    if (u.id !== i) out.push(`unit ${i} has id ${u.id}`);
    if (r.text.slice(u.start, u.end) !== u.text) out.push(`unit ${i} text differs from its offsets`);
    if (u.start < pos) out.push(`unit ${i} overlaps the one before`);
    if (tiling && !/^\s*$/.test(r.text.slice(pos, u.start))) out.push(`text before unit ${i} is not covered: ${r.text.slice(pos, u.start)}`);
    if (u.text.trim() !== u.text || !u.text) out.push(`unit ${i} has edge whitespace or is empty`);
    if (!r.sections[u.sectionId]) out.push(`unit ${i} points to missing section ${u.sectionId}`);
    const s = r.sentences[u.sentence];
    if (!s || u.start < s.start || u.end > s.end) out.push(`unit ${i} is outside its sentence`);
    const line = lineStarts[u.paragraph];
    const next = lineStarts[u.paragraph + 1] ?? Infinity;
    if (line === undefined || u.start < line || u.end >= next) out.push(`unit ${i} is not in paragraph ${u.paragraph}`);
    pos = u.end;
  });
  if (tiling && r.units.length && !/^\s*$/.test(r.text.slice(pos))) out.push('text after the last unit is not covered');
  r.sections.forEach((s, i) => {
    if (s.id !== i) out.push(`section ${i} has id ${s.id}`);
    if (i > 0 && (s.parentId === null || s.parentId >= i)) out.push(`section ${i} has parent ${s.parentId}`);
  });
  return out;
}

/** The section holding the first unit whose text contains `phrase`. */
export function sectionWith(r: Report, phrase: string): Report['sections'][number] {
  const u = r.units.find((x) => x.text.includes(phrase));
  if (!u) throw new Error(`no unit holds ${phrase}`);
  return r.sections[u.sectionId];
}

/** Asserts that `after` is the closing text of `item`'s parent that starts where `item` now ends. */
export function expectClosingTextAfter(item: Report['sections'][number], after: Report['sections'][number]): void {
  expect(after).toMatchObject({ parentId: item.parentId, marker: null, heading: null, level: item.level, part: item.part });
  expect(after.start).toBe(item.end);
}
