import { readFileSync } from 'node:fs';
import fc from 'fast-check';

const seedText = (file: string) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');

const NUMERALS = '一二三四五六七八九十'.split('');
const OUTLINE_MARKER = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

/**
 * Real sentences of the 2024 and 2025 Government Work Reports: body lines cut
 * after 。, without outline markers, 15–120 characters so a document of a few
 * dozen stays small. Sampled, shuffled and recombined into documents.
 */
function realSentences(): string[] {
  const out = new Set<string>();
  for (const file of ['gov-work-report-2024.txt', 'gov-work-report-2025.txt']) {
    for (const line of seedText(file).split('\n')) {
      const body = line.trim().replace(OUTLINE_MARKER, '');
      if (!body.includes('。') || body.startsWith('——')) continue;
      for (const s of body.split(/(?<=。)/)) if (s.length >= 15 && s.length <= 120 && s.endsWith('。')) out.add(s);
    }
  }
  return [...out].sort();
}

/** Real heading texts (markers stripped): `2024年政府工作任务`, `着力扩大国内需求，推动经济实现良性循环`. */
function realHeadings(): string[] {
  const out = new Set<string>();
  for (const file of ['gov-work-report-2024.txt', 'gov-work-report-2025.txt']) {
    for (const line of seedText(file).split('\n')) {
      const m = OUTLINE_MARKER.exec(line.trim());
      if (m) out.add(line.trim().slice(m[0].length).split('。')[0]);
    }
  }
  return [...out].filter((h) => h.length >= 4 && h.length <= 40).sort();
}

export const SENTENCES = realSentences();
export const HEADINGS = realHeadings();

/** A section of a generated document: a heading and its paragraphs of sentences. */
export interface GenSection {
  heading: string;
  subsections: Array<{ heading: string; paragraphs: string[][] }>;
}

const paragraph = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 });
const subsection = fc.record({
  heading: fc.constantFrom(...HEADINGS),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
});

/** Outline of a report: 1–3 parts `一、…`, each with 1–3 subsections `（一）…`. */
export const outlineArb: fc.Arbitrary<GenSection[]> = fc.array(
  fc.record({ heading: fc.constantFrom(...HEADINGS), subsections: fc.array(subsection, { minLength: 1, maxLength: 3 }) }),
  { minLength: 1, maxLength: 3 },
);

/** Renders an outline as report text: numbered headings, one paragraph per line. */
export function renderOutline(sections: readonly GenSection[]): string {
  const lines: string[] = [];
  sections.forEach((s, i) => {
    lines.push(`${NUMERALS[i]}、${s.heading}`);
    s.subsections.forEach((sub, j) => {
      lines.push(`（${NUMERALS[j]}）${sub.heading}`);
      for (const p of sub.paragraphs) lines.push(p.join(''));
    });
  });
  return lines.join('\n');
}

/**
 * A pair of documents the way two years of a report differ: NEW drops some
 * paragraphs of OLD, adds others (real sentences from elsewhere), and may
 * reorder subsections inside a part.
 */
export const docPairArb: fc.Arbitrary<{ old: string; new: string }> = fc
  .tuple(outlineArb, fc.array(fc.boolean(), { minLength: 27, maxLength: 27 }), fc.array(paragraph, { maxLength: 4 }), fc.boolean())
  .map(([outline, keep, added, reverse]) => {
    let n = 0;
    const next: GenSection[] = outline.map((s) => {
      const subs = s.subsections.map((sub) => ({ heading: sub.heading, paragraphs: sub.paragraphs.filter(() => keep[n++]) }));
      return { heading: s.heading, subsections: reverse ? subs.reverse() : subs };
    });
    added.forEach((p, k) => next[k % next.length].subsections[0].paragraphs.push(p));
    // A subsection that lost every paragraph keeps one sentence, so its heading is not alone.
    for (const s of next) for (const sub of s.subsections) if (!sub.paragraphs.length) sub.paragraphs.push([SENTENCES[0]]);
    return { old: renderOutline(outline), new: renderOutline(next) };
  });

/**
 * Strings that exercise `compareKey`: real sentences with full-width letters
 * and digits, Traditional characters, curly quotes, U+3000 and zero-width spaces mixed in.
 */
export const messyTextArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...SENTENCES),
    fc.array(fc.constantFrom('　', ' ', '\u200b', 'ＡＢ', '１２３', '（', '）', '“', '”', '們', '國', '發展', '經濟', '・', '～', '｡', 'x,y'), {
      maxLength: 6,
    }),
    fc.nat(),
  )
  .map(([s, extras, at]) => {
    let out = s;
    for (const e of extras) {
      const k = at % (out.length + 1);
      out = out.slice(0, k) + e + out.slice(k);
    }
    return out;
  });
