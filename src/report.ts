/**
 * The plain data that crosses pipeline stages. Every stage is a function from
 * one of these to the next; only ingest reads files and only render/cli/tui
 * write to the terminal or disk.
 *
 *   bytes --ingest--> Document --structure--> Report --compare--> ReportDiff --render--> text
 */

/** A warning that travels with the data instead of being printed by a stage. */
export interface Diagnostic {
  severity: 'info' | 'warning' | 'error';
  /** Stable machine-readable code, e.g. `encoding-guessed`, `heading-lost`. */
  code: string;
  message: string;
  /** 1-based line in the repaired text, when it points somewhere. */
  line?: number;
  /** The input it concerns (as the user named it), once diagnostics of two inputs are merged. */
  file?: string;
}

/** Output of ingest: decoded, repaired text, one paragraph per line. */
export interface Document {
  /** Display name: the path as given, or `-` for stdin. Never made absolute. */
  name: string;
  /** Repaired text: paragraphs joined by `\n`, no blank lines, no PDF artefacts. */
  text: string;
  /** Encoding that was used to decode the bytes, e.g. `utf-8`, `gb18030`, `utf-16le`. */
  encoding: string;
  /** Dominant script, used to decide whether Traditional/Simplified folding is needed. */
  script: 'hans' | 'hant' | 'ja' | 'ko' | 'latin' | 'unknown';
  diagnostics: Diagnostic[];
  /** SHA-1 (hex) of the bytes read, which names the token cache file; absent for text given in memory. */
  digest?: string;
}

export type PartKind = 'review' | 'plan' | 'other';

/** A top-level part of a report: the review of year Y or the plan for Y+1. */
export interface Part {
  kind: PartKind;
  /** The heading that opened the part, if any (e.g. `一、2024年工作回顾`). */
  title: string | null;
  /** Years the part speaks of (e.g. [2024] for a review of 2024). */
  years: number[];
  /** Character offsets into `Report.text`, [start, end). */
  start: number;
  end: number;
}

/** A node of the outline. Section 0 is always the root (heading null, path []). */
export interface Section {
  id: number;
  parentId: number | null;
  /** 0 for the root, 1 for `一、`, 2 for `（一）`, 3 for `1.`, … as found in the text. */
  level: number;
  /** The outline marker as written (`一、`, `（二）`, `3.`), null for the root or a lost heading. */
  marker: string | null;
  /** Heading text without its marker, null for the root. */
  heading: string | null;
  /** Headings from outermost to this one (markers stripped), e.g. ['2024年政府工作任务', '着力扩大国内需求']. */
  path: string[];
  part: PartKind;
  /** Character offsets into `Report.text`, [start, end): heading plus body. */
  start: number;
  end: number;
}

/**
 * The smallest thing that is compared: a clause-sized piece of a sentence, or
 * a heading. Units tile `Report.text` in order without overlap (whitespace
 * between them excepted), so every character is accounted for exactly once.
 */
export interface Unit {
  /** Index into `Report.units`; also reading order. */
  id: number;
  kind: 'heading' | 'clause';
  /** The unit's text as it stands in `Report.text` (`text === report.text.slice(start, end)`). */
  text: string;
  start: number;
  end: number;
  /** Innermost section that contains the unit. */
  sectionId: number;
  /** Index of the sentence the unit belongs to (units of one sentence share it). */
  sentence: number;
  /** Index of the paragraph (line of `Report.text`). */
  paragraph: number;
  /** True when the unit names an initiative: a verb-led clause, a “programme” named as one (`“…”主题活动`) or a 《document》 (structure/initiative.ts). */
  initiative: boolean;
}

/** Output of structure: a document with its outline, parts and units. */
export interface Report {
  name: string;
  text: string;
  encoding: string;
  script: Document['script'];
  /** Which part this report was narrowed to with `FILE#review` / `FILE#plan`, else 'all'. */
  selection: 'all' | 'review' | 'plan';
  parts: Part[];
  sections: Section[];
  units: Unit[];
  /** Sentences as [start, end) offsets; `Unit.sentence` indexes into this. */
  sentences: Array<{ start: number; end: number }>;
  /** Years the report speaks of, ascending (from its parts, or from the text). */
  years: number[];
  diagnostics: Diagnostic[];
  /**
   * The lines before the speech's opening address (title, source, dateline,
   * speaker), set aside and never compared; `text` starts at the address.
   */
  front?: string[];
  /** `Document.digest` of the text it was built from. */
  digest?: string;
}

/** One step of a word-level diff. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export type ChangeKind = 'carried' | 'modified' | 'new' | 'dropped';

/** A unit as it appears in a change: enough to quote it without the Report. */
export interface UnitRef {
  /** `Unit.id` in its report. */
  id: number;
  text: string;
  /** Heading path of the unit's section. */
  section: string[];
  sectionId: number;
  sentence: number;
  /** `Unit.paragraph`: the line of the repaired text the unit sits on; units with the same one form a paragraph. */
  paragraph: number;
  start: number;
  end: number;
}

/** One entry of the comparison. */
export interface Change {
  kind: ChangeKind;
  /** True when the partner sits in a section other than the one aligned with this unit's section. */
  moved: boolean;
  old: UnitRef | null;
  new: UnitRef | null;
  /** For `modified` (and moved-and-edited) pairs: token-level diff, old → new. */
  diff?: DiffOp[];
  /** Similarity score of the pair (0–1), for carried and modified. */
  similarity?: number;
  /** Rare terms both sides share: the evidence that this is the same initiative. */
  shared?: string[];
  /**
   * Set when one report says a thing twice and the other once: the unit on
   * this side is linked a second time here (2024 gives its 居民消费价格涨幅
   * target once, 2025 in its list of targets and again where it explains
   * them), or says in two neighbouring clauses what the other says in one
   * (2024's 城镇新增就业1244万人，城镇调查失业率平均为5.2%。, 2025's one
   * clause 城镇新增就业1256万人、城镇调查失业率平均为5.1%，). Without it the
   * second mention would be claimed new (or dropped) although the other
   * report has it.
   */
  repeats?: 'old' | 'new';
  /** For a repeat: the repeated unit's partner in its first change. */
  also?: UnitRef;
  /**
   * Set on a link that only its own words back: it moved, no neighbour is
   * linked to the partner's neighbour, the rest of the two sentences is
   * unalike and the similarity is below 0.6. About half of such links were
   * wrong in the judged samples (bench/audits), one in eight of the others:
   * the ones to check first.
   */
  weak?: true;
  /**
   * For `new` and `dropped`: the unit's words that the other report never
   * uses (not as a word, not inside one, nowhere in its text), in reading
   * order; the evidence for the claim, which a reader can search for. Empty
   * when every word of the unit is also in the other report: then the claim
   * is often a rewording the matching missed (fewer than half of such claims
   * held in the judged samples, bench/audits, against about two in three of
   * the others), so views mark it to check first.
   */
  novel?: string[];
  /**
   * For `new` and `dropped`: the unit is a phrase that opens its sentence
   * (`面对复杂多变的国际形势，`, `经过艰苦努力，`), its clause the next unit
   * (`isFramingPhrase`, diff/framing.ts). Such claims name no initiative;
   * the summary lists them last.
   */
  framing?: true;
  /**
   * For `new` and `dropped`, present only when true: the unit names an
   * initiative (`Unit.initiative`: a clause led by an action verb, a
   * “programme” named as one, or a 《document》). The summary lists the sure claims that do
   * before the others.
   */
  initiative?: true;
  /**
   * For `new` and `dropped`: the unit of the other report that says most
   * nearly the same (`id` is its `UnitRef.id` there, found among the
   * changes), when the matcher's search met one that alike (a rarer word
   * shared, word similarity from 0.25; see diff/closest.ts), or else the
   * unit worded most like it, when alike (`WORDING_ALIKE`) and sharing a
   * word. Where the claim
   * is a rewording the matching missed, this is often the original: the
   * judges' counterpart for about a third of the false claims audited
   * (bench/audits); where the claim holds, it shows the reader how far the
   * nearest text is.
   */
  closest?: Closest;
}

/** A pointer from a new or dropped claim to the nearest unit of the other report. */
export interface Closest {
  /** `UnitRef.id` of the unit in the other report (OLD for `new`, NEW for `dropped`). */
  id: number;
  /** Word similarity of the two, as links are scored (0–1). */
  similarity: number;
  /** How alike the two are worded: Dice of their sets of adjacent-character pairs, within runs of letters, digits and CJK characters (0–1; diff/wording.ts). */
  wording: number;
}

/**
 * The two units of a repeat: its own (the second mention, on the side said
 * twice) and the one it repeats (linked before, on the side said once).
 * Views and the summary both ask this, so it is answered here once.
 */
export function repeatUnits(c: Change): { unit: UnitRef; of: UnitRef } | null {
  if (!c.repeats || !c.old || !c.new) return null;
  return c.repeats === 'old' ? { unit: c.new, of: c.old } : { unit: c.old, of: c.new };
}

/** Every unit of both reports by `UnitRef.id`, as the changes list them: what a `Change.closest` names. */
export interface UnitsById {
  old: Map<number, UnitRef>;
  new: Map<number, UnitRef>;
}

export function unitsById(diff: ReportDiff): UnitsById {
  const out: UnitsById = { old: new Map(), new: new Map() };
  for (const c of diff.changes) {
    if (c.old) out.old.set(c.old.id, c.old);
    if (c.new) out.new.set(c.new.id, c.new);
  }
  return out;
}

/** A claim's `closest`, resolved: the unit of the other report, with how alike it is. */
export interface ClosestUnit {
  unit: UnitRef;
  similarity: number;
  wording: number;
}

/** The unit a new or dropped claim's `closest` names, in the other report, with its similarity. */
export function closestUnit(c: Pick<Change, 'kind' | 'closest'>, units: UnitsById): ClosestUnit | null {
  if (!c.closest || (c.kind !== 'new' && c.kind !== 'dropped')) return null;
  const unit = (c.kind === 'new' ? units.old : units.new).get(c.closest.id);
  return unit ? { unit, similarity: c.closest.similarity, wording: c.closest.wording } : null;
}

/**
 * An unsure claim: a new or dropped unit none of whose words the other report
 * lacks (`Change.novel` empty). A change without `novel` (a link; a diff
 * made by something else) is not one. Counts, the summary and the terminal
 * UI's `check` filter all ask this.
 */
export function isUnsure(c: Pick<Change, 'novel'>): boolean {
  return c.novel?.length === 0;
}

/**
 * The closest similarity from which a claim that names words the other
 * report never uses still has a near-twin there. Measured on the judged
 * claims (bench/audits, `npm run bench:quality`): such claims held 75% of
 * the time with nothing that alike (180 of 239), 53% with (79 of 148),
 * against 41% for the unsure ones; on the blind labels 44 real to 2 false,
 * 15 to 7. The step is at 0.3 (0.3–0.4: 54%, 0.4–0.5: 53%, from 0.5: 52%).
 */
export const ALIKE_SIMILARITY = 0.3;

/**
 * The closest similarity from which a claim is more often a rewording the
 * matching missed than a change, whatever words it names. Over the thirteen
 * audits (bench/audits, `npm run bench:quality`), claims whose closest unit
 * is this alike held 42 times in 136 (31%, trivial fragments counted as not
 * holding; 27 in 101 of those naming no word, 15 in 36 of those naming one),
 * against 50% for the other claims naming a word beside a unit alike and 46%
 * for the other unsure ones; on the blind labels 4 real claims to 8 false.
 * The bins (below 0.3, 0.3–0.4, 0.4–0.5, from 0.5) were set rounds before,
 * when this bin held too few claims to tell (25).
 */
export const CLOSE_SIMILARITY = 0.5;

/**
 * The wording (`Closest.wording`) from which a claim's closest unit is alike
 * however few words the two share: a claim naming words the other report
 * never uses is then `alike`, not `sure`, and one naming none is `close`.
 * Measured on the judged claims of the sixteen audits and of the four pairs
 * judged by grade (bench/audits, `npm run bench:quality`): sure claims whose
 * closest unit is worded this alike held 39 times in 73 (53%, as alike
 * ones do), the other sure claims 74%; unsure ones 45 in 152 (30%, as close
 * ones do), the other unsure ones 53%. Each set shows it: the fourteen
 * older audits (26 of 47, 33 of 109), the latest two (1 of 8, 5 of 18),
 * the four pairs (12 of 18, 7 of 25). Sure claims held 78% below 0.2, 66%
 * from 0.2, 51% from 0.3. Out of sample, on four pairs no audit had read,
 * drawn after the rule and judged blind (bench/audits/blind-wording.judged.json):
 * moved to alike 22 of 40 held, against 25 of 40 left sure; moved to close
 * 13 of 40, against 21 of 40 left unsure. Claims whose words are all there
 * but worded apart are what this catches (`维护劳动者合法权益` /
 * `加强劳动者权益保护`, 0.38); paraphrase in other words it cannot.
 */
export const WORDING_ALIKE = 0.3;

/**
 * How far to trust a new or dropped claim, surest first: `sure` names words
 * the other report never uses and nothing there is alike; `alike` names
 * such words, but the closest unit there is alike, in words from
 * `ALIKE_SIMILARITY` or in wording from `WORDING_ALIKE`; `unsure` names
 * none (`isUnsure`); `close` has a unit there alike in words from
 * `CLOSE_SIMILARITY`, whichever words it names, or names none and has one
 * alike in wording. The summary lists claims in this order.
 */
export type ClaimTrust = 'sure' | 'alike' | 'unsure' | 'close';

type Graded = Pick<Change, 'novel'> & { closest?: Pick<Closest, 'similarity' | 'wording'> | null };

export function claimTrust(c: Graded): ClaimTrust {
  if (isClose(c.closest) || (isUnsure(c) && wordedAlike(c))) return 'close';
  if (isUnsure(c)) return 'unsure';
  return wordedAlike(c) || (c.closest && c.closest.similarity >= ALIKE_SIMILARITY) ? 'alike' : 'sure';
}

/** As the views print it (two decimals): a unit shown at wording 0.30 is alike. */
const wordedAlike = (c: Graded) => !!c.closest && Math.round(c.closest.wording * 100) / 100 >= WORDING_ALIKE;

/**
 * Whether a claim's grade rests on its closest unit's wording, its words
 * alone not alike enough for it (`claimTrust`): the views then give the
 * wording beside the word similarity.
 */
export function gradedByWording(c: Graded): boolean {
  if (!wordedAlike(c) || isClose(c.closest)) return false;
  return isUnsure(c) || c.closest!.similarity < ALIKE_SIMILARITY;
}

/**
 * Whether a claim's closest unit is alike in words from `CLOSE_SIMILARITY`
 * (which makes the claim `close`, whatever it names), as the views print
 * it (two decimals): a unit shown at 0.50 is close.
 */
export function isClose(closest: { similarity: number } | null | undefined): boolean {
  return !!closest && Math.round(closest.similarity * 100) / 100 >= CLOSE_SIMILARITY;
}

/**
 * A pair of aligned sections by their heading paths; `null` on a side with
 * no counterpart. A section of closing text (src/align/closing-text.ts) is
 * its parent's path followed by `(closing text)`.
 */
export interface SectionPair {
  old: string[] | null;
  new: string[] | null;
  oldId: number | null;
  newId: number | null;
  similarity: number;
}

export interface ReportSummaryMeta {
  name: string;
  selection: Report['selection'];
  years: number[];
  units: number;
  chars: number;
  /** `Report.parts`, where each part (review, plan) starts and ends: the summary lists a plan's claims before a review's. */
  parts: Part[];
  /** `Report.front`: the front matter set aside, when there was any. */
  front?: string[];
}

export interface ChangeCounts {
  carried: number;
  modified: number;
  new: number;
  dropped: number;
  moved: number;
  /** Repeats (`Change.repeats`), counted here and not as carried or modified. */
  repeated: number;
  /** Links marked weak (`Change.weak`), also counted under their kind. */
  weak: number;
  /** New and dropped claims with no word the other report lacks (`Change.novel` empty), also counted under their kind. */
  unsure: number;
}

/** Output of compare: everything a renderer needs; renderers never recompute it. */
export interface ReportDiff {
  version: 2;
  old: ReportSummaryMeta;
  new: ReportSummaryMeta;
  sections: SectionPair[];
  /** In reading order of NEW, dropped units where they stood in OLD. */
  changes: Change[];
  counts: ChangeCounts;
  segmenter: string;
  diagnostics: Diagnostic[];
}
