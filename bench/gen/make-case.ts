import type { Rng } from '../lib/prng.js';
import { makeRng } from '../lib/prng.js';
import { toKey, splitSentences } from '../lib/key.js';
import { MARKER_IN_KEY } from '../lib/rules.js';
import { type Model, cloneParas, headingKey } from './model.js';
import { dropSentences, insertSentences, rewordSentences, moveParagraphs, swapSections, renameHeading, textOf } from './perturb.js';
import { pdfWrap } from './wrap.js';

/** What a case mainly exercises; `mixed` applies every perturbation at lower rates. */
export type Profile = 'drop' | 'insert' | 'reword' | 'move' | 'sections' | 'mixed';
export const PROFILES: Profile[] = ['drop', 'insert', 'reword', 'move', 'sections', 'mixed'];

/** Char-level truth of a case, on the compare keys (whitespace-free) of OLD and NEW. */
export interface Truth {
  oldKey: string;
  newKey: string;
  /** For each NEW key char: its OLD key offset, or -1 when inserted. */
  newOrigin: number[];
  /** For each OLD key char: 1 when some NEW char comes from it. */
  oldKept: number[];
  /** Marker chars (`（三）`, `三、`) left out of scoring, both sides. */
  oldIgnore: number[];
  newIgnore: number[];
  /** 1 for NEW chars of a paragraph moved into another section. */
  newMoved: number[];
  /** True section pairs as heading keys (marker stripped, up to the first `。`). */
  sections: Array<{ old: string; new: string }>;
}

/** One benchmark case: two texts and their truth. */
export interface BenchCase {
  id: string;
  report: string;
  donor: string;
  profile: Profile;
  wrapped: boolean;
  oldText: string;
  newText: string;
  truth: Truth;
}

/** Sentences of a donor report fit to insert: clause-rich, not found anywhere in OLD, no outline marker. */
export function donorSentences(donorText: string, oldKey: string): string[] {
  const key = toKey(donorText);
  return splitSentences(key)
    .map(([s, e]) => key.slice(s, e))
    .filter((s) => s.length >= 15 && s.length <= 90 && !oldKey.includes(s) && !MARKER_IN_KEY.test(s));
}

/** How many of each edit a profile makes, scaled by the report's sentence count. */
function applyProfile(profile: Profile, paras: ReturnType<typeof cloneParas>, donors: string[], rng: Rng) {
  const sentences = paras.reduce((n, p) => n + splitSentences(textOf(p.chars)).length, 0);
  const rate = (r: number) => Math.max(1, Math.round(sentences * r));
  const mixed = profile === 'mixed';
  if (profile === 'drop' || mixed) paras = dropSentences(paras, rate(mixed ? 0.03 : 0.07), rng);
  if (profile === 'insert' || mixed) insertSentences(paras, donors, rate(mixed ? 0.03 : 0.06), rng);
  if (profile === 'reword' || mixed) rewordSentences(paras, rate(mixed ? 0.05 : 0.1), rng);
  if (profile === 'move' || mixed) moveParagraphs(paras, mixed ? 2 : 4, rng);
  if (profile === 'sections' || mixed) {
    swapSections(paras, rng);
    if (!mixed) swapSections(paras, rng);
    renameHeading(paras, rng);
    if (!mixed) renameHeading(paras, rng);
  }
  return paras;
}

/** Builds one case from a parsed OLD report and a donor text; deterministic in `seed`. */
export function makeCase(
  opts: { report: string; oldText: string; model: Model; donor: string; donorText: string; profile: Profile; wrapped: boolean; seed: number },
): BenchCase {
  const rng = makeRng(opts.seed);
  const { model } = opts;
  const paras = applyProfile(opts.profile, cloneParas(model.paras), donorSentences(opts.donorText, model.key), rng);
  const paraTexts = paras.map((p) => textOf(p.chars));
  const newText = opts.wrapped ? pdfWrap(paraTexts, rng) : paraTexts.join('\n') + '\n';
  const chars = paras.flatMap((p) => p.chars.map((c) => ({ ...c, moved: p.moved })));
  const oldKept = new Array<number>(model.key.length).fill(0);
  for (const c of chars) if (c.o >= 0) oldKept[c.o] = 1;
  const oldIgnore = new Array<number>(model.key.length).fill(0);
  for (const o of model.ignoreOld) oldIgnore[o] = 1;
  const sections = paras.filter((p) => p.heading && p.oldHeading).map((p) => ({ old: p.oldHeading!, new: headingKey(p.chars, p.markerLen) }));
  return {
    id: `${opts.report}:${opts.profile}${opts.wrapped ? ':pdf' : ''}:${opts.seed}`,
    report: opts.report,
    donor: opts.donor,
    profile: opts.profile,
    wrapped: opts.wrapped,
    oldText: opts.oldText,
    newText,
    truth: {
      oldKey: model.key,
      newKey: toKey(newText),
      newOrigin: chars.map((c) => c.o),
      oldKept,
      oldIgnore,
      newIgnore: chars.map((c) => (c.ig ? 1 : 0)),
      newMoved: chars.map((c) => (c.moved && c.o >= 0 ? 1 : 0)),
      sections,
    },
  };
}
