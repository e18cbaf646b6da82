import type { Diagnostic, Document, Report, Unit } from '../report.js';
import { protectedSpans } from './brackets.js';
import { splitClauses } from './clauses.js';
import { isInitiative } from './initiative.js';
import { findMarker } from './markers.js';
import { buildOutline } from './outline.js';
import { findFrontMatter } from './front-matter.js';
import { findParts, type PartHints } from './parts.js';
import { splitSentences, trimRange, type Range } from './sentences.js';
import { YEAR_IN_TEXT } from './rules.js';

export { selectPart } from './select.js';

/** Options of buildReport: manifest hints for texts whose part headings are missing. */
export interface BuildOptions {
  manifest?: PartHints;
}

/** Lines of the text as [start, end) ranges, blank ones left out, with their line numbers. */
function paragraphsOf(text: string): Array<Range & { line: number }> {
  const out: Array<Range & { line: number }> = [];
  let start = 0;
  let line = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const r = trimRange(text, start, end);
    if (r) out.push({ ...r, line });
    start = end + 1;
    line++;
  }
  return out;
}

/**
 * Structures one document: its outline (sections), parts (review / plan),
 * sentences and clause units. Pure: the same Document always gives the same
 * Report.
 */
export function buildReport(doc: Document, opts: BuildOptions = {}): Report {
  // The speech is what is compared; the lines before its opening address are kept aside.
  const front = findFrontMatter(doc.text);
  const text = front.end ? doc.text.slice(front.end) : doc.text;
  const paragraphs = paragraphsOf(text);
  const spans = paragraphs.map((p) => protectedSpans(text, p.start, p.end));
  const candidates = paragraphs.map((p, i) => findMarker(text, p.start, p.end, spans[i]));
  const outline = buildOutline(text, paragraphs, candidates);

  const units: Unit[] = [];
  const sentences: Report['sentences'] = [];
  const addSentence = (r: Range, kind: Unit['kind'], pieces: Range[], paragraph: number, sectionId: number) => {
    const sentence = sentences.length;
    sentences.push({ start: r.start, end: r.end });
    for (const c of pieces) {
      const t = text.slice(c.start, c.end);
      units.push({
        id: units.length, kind, text: t, start: c.start, end: c.end, sectionId, sentence, paragraph,
        initiative: kind === 'clause' && isInitiative(t),
      });
    }
  };

  paragraphs.forEach((p, pi) => {
    const heading = outline.headings[pi];
    const sectionId = outline.sectionOf[pi];
    let bodyStart = p.start;
    if (heading) {
      const r = { start: heading.start, end: heading.end };
      addSentence(r, 'heading', [r], p.line, sectionId);
      bodyStart = heading.end;
    }
    for (const s of splitSentences(text, bodyStart, p.end, spans[pi])) {
      addSentence(s, 'clause', splitClauses(text, s.start, s.end, spans[pi]), p.line, sectionId);
    }
  });

  const parts = findParts(text, paragraphs, outline.sections, opts.manifest, front.lines.join('\n'));
  for (const s of outline.sections) {
    s.part = parts.find((x) => s.start >= x.start && s.start < x.end)?.kind ?? 'other';
  }
  const partYears = parts.flatMap((x) => x.years);
  const years = partYears.length ? partYears : [...doc.text.slice(0, 400).matchAll(YEAR_IN_TEXT)].slice(0, 1).map((m) => Number(m[1]));
  const frontNote: Diagnostic[] = front.lines.length
    ? [{ severity: 'info', code: 'front-matter', message: `set aside ${front.lines.length} line(s) before the opening address as front matter (title, date, speaker), not compared` }]
    : [];

  return {
    name: doc.name,
    text,
    encoding: doc.encoding,
    script: doc.script,
    selection: 'all',
    parts,
    sections: outline.sections,
    units,
    sentences,
    years: [...new Set(years)].sort((a, b) => a - b),
    diagnostics: [...doc.diagnostics, ...frontNote, ...outline.diagnostics],
    ...(front.lines.length ? { front: front.lines } : {}),
    ...(doc.digest ? { digest: doc.digest } : {}),
  };
}
