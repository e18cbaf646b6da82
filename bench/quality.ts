/**
 * `npm run bench:quality [-- --cases N --segmenter node-rs|nodejieba]`:
 * scores reportdiff and the sentence-diff baseline on synthetic pairs with
 * char-level truth and on hand-labelled real pairs; prints tables and
 * writes bench/results/quality.json.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SegmenterName } from '../src/segment/segmenter.js';
import type { Report, ReportDiff } from '../src/report.js';
import { ALIKE_SIMILARITY, CLOSE_SIMILARITY, WORDING_ALIKE, type ClaimTrust } from '../src/report.js';
import { buildCases } from './gen/corpus.js';
import { PROFILES } from './gen/make-case.js';
import { baselineEngine, loadReportdiff, type Engine } from './engines.js';
import { scoreDiff, type CaseScore } from './score/score.js';
import { loadLabels, labelTexts, scoreLabels, type LabelScore } from './score/labels.js';
import { addInto, f1, ratio, precision, recall, type PRCounts, type Share } from './score/counts.js';
import { toKey } from './lib/key.js';
import { byShareZero, claimEvidence, judgedAudit, labelEvidence, linkEvidence, SHARE_BANDS, type ByShare, type ClaimEvidence, type LabelEvidence, type LinkEvidence } from './score/claim-evidence.js';
import { figurePairFiles, figurePairs, loadJudgedFigures, loadJudgedSections, noSectionVerdicts, RECALL_UNMEASURED, scoreFigures, scoreSections, type FigureEvidence, type SectionVerdicts } from './score/corpus-judgements.js';
import { gradedEvidence, gradedSamples, holdShare, MANY_NOVEL_WORDS, sampledPairLinks, STRATA, sumStrata, weightedShare, type GradedEvidence, type SampleMode, type StratumVerdicts } from './score/graded-claims.js';
import { loadItemEnds, tallyItemEnds, type ItemEndTally } from './score/item-ends.js';
import { initiativeAgreement, ruleChangeAgreement } from './score/initiative-labels.js';
import { framingOpenerAgreement } from './score/framing-labels.js';
import { blindClaimEvidence, blindClaimSamples, type BlindSet, type Verdicts as BlindVerdicts } from './score/blind-claims.js';
import { headlineSamples, headlineTally, type HeadlineTally } from './score/blind-headline.js';
import { writeResult } from './lib/write-result.js';
import { argValue, median, table } from './lib/args.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const nCases = Number(argValue(process.argv, 'cases', '40'));
const segmenter = argValue(process.argv, 'segmenter', 'node-rs') as SegmenterName;
// The engine is measured, not the user's token cache: cuts cached by an older build would hide a change to tokenising.
process.env.REPORTDIFF_CACHE = 'off';

const zeroScore = (): CaseScore => ({
  removed: { tp: 0, fp: 0, fn: 0 }, added: { tp: 0, fp: 0, fn: 0 }, provenance: { hit: 0, total: 0 }, movedRecall: { hit: 0, total: 0 },
  movedPrecision: { hit: 0, total: 0 }, sections: { hit: 0, total: 0 }, coverageOld: { hit: 0, total: 0 }, coverageNew: { hit: 0, total: 0 }, opsMismatch: 0,
});

/** The headline numbers of summed counts. */
function summary(s: CaseScore) {
  return {
    removedF1: f1(s.removed), removedP: precision(s.removed), removedR: recall(s.removed),
    addedF1: f1(s.added), addedP: precision(s.added), addedR: recall(s.added),
    provenance: ratio(s.provenance), movedRecall: ratio(s.movedRecall), movedPrecision: ratio(s.movedPrecision),
    sections: ratio(s.sections),
    coverage: ratio({ hit: s.coverageOld.hit + s.coverageNew.hit, total: s.coverageOld.total + s.coverageNew.total }),
    opsMismatch: s.opsMismatch,
  };
}

const fmt = (x: number) => x.toFixed(3);

async function main(): Promise<void> {
  const engines: Engine[] = [];
  const rd = await loadReportdiff(segmenter);
  if (rd instanceof Error) console.log(`reportdiff engine not loadable (${rd.message.split('\n')[0]}); scoring the baseline alone.\n`);
  else engines.push(rd);
  engines.push(baselineEngine);

  const cases = buildCases(nCases, join(root, 'seeds'));
  // engine → group → summed counts; engine → per-case timings.
  const groups = new Map<string, Map<string, CaseScore>>();
  const times = new Map<string, number[]>();
  const perCase: Array<Record<string, unknown>> = [];
  const errors: string[] = [];
  for (const e of engines) (groups.set(e.name, new Map()), times.set(e.name, []));
  for (const c of cases) {
    const row: Record<string, unknown> = { id: c.id, profile: c.profile, wrapped: c.wrapped };
    for (const e of engines) {
      try {
        const t0 = performance.now();
        const diff = e.compare(c.oldText, c.newText);
        const ms = performance.now() - t0;
        times.get(e.name)!.push(ms);
        const s = scoreDiff(diff, c.truth);
        row[e.name] = { ms, ...summary(s) };
        for (const g of ['all', `profile:${c.profile}`, c.wrapped ? 'pdf-wrapped' : 'plain']) {
          const m = groups.get(e.name)!;
          m.set(g, addInto(m.get(g) ?? zeroScore(), s));
        }
      } catch (err) {
        errors.push(`${e.name} ${c.id}: ${(err as Error).message}`);
      }
    }
    perCase.push(row);
  }

  // A metric with nothing to find shows as '-' (or the false positives it claimed) rather than a misleading 0 or 1.
  const prCell = (c: PRCounts) => (c.tp + c.fn ? fmt(f1(c)) : c.fp ? `fp ${c.fp}` : '-');
  const shareCell = (c: Share) => (c.total ? fmt(ratio(c)) : '-');
  const order = ['all', 'plain', 'pdf-wrapped', ...PROFILES.map((p) => `profile:${p}`)];
  const rows = order.flatMap((g) =>
    engines.flatMap((e) => {
      const s = groups.get(e.name)!.get(g);
      if (!s) return [];
      const sm = summary(s);
      return [[g, e.name, prCell(s.removed), prCell(s.added), shareCell(s.provenance), shareCell(s.movedRecall), shareCell(s.movedPrecision), shareCell(s.sections), fmt(sm.coverage)]];
    }),
  );
  console.log(`Synthetic pairs: ${cases.length} cases, segmenter ${segmenter} (char-level counts summed over cases)\n`);
  console.log(table(['group', 'engine', 'removed F1', 'added F1', 'provenance', 'moved R', 'moved P', 'sections', 'coverage'], rows));
  console.log('\nTimings per case (ms): ' + engines.map((e) => { const t = times.get(e.name)!; return `${e.name} median ${median(t).toFixed(0)}, min ${Math.min(...t).toFixed(0)}, max ${Math.max(...t).toFixed(0)}`; }).join('; '));

  const labelResults: Array<Record<string, unknown>> = [];
  const evidence: Array<{ audit: string } & ClaimEvidence> = [];
  const blindEvidence: Array<{ label: string } & LabelEvidence> = [];
  const linkRows: Array<{ audit: string } & LinkEvidence> = [];
  for (const label of loadLabels(join(root, 'bench', 'labels'))) {
    const { oldText, newText } = labelTexts(label, root);
    for (const e of engines) {
      try {
        const diff = e.compareFiles ? await compareOnce(e, join(root, label.oldSpec), join(root, label.newSpec)) : e.compare(oldText, newText);
        const s: LabelScore = scoreLabels(diff, label, toKey(oldText), toKey(newText));
        labelResults.push({ label: label.name, engine: e.name, carried: ratio(s.carried), new: ratio(s.new), dropped: ratio(s.dropped), notLinked: ratio(s.notLinked), counts: s, failed: s.failed });
        const audit = label.name.startsWith('audit: ') ? label.name.slice('audit: '.length) : null;
        if (audit && e.name === 'reportdiff') {
          const judged = judgedAudit(root, audit);
          evidence.push({ audit, ...claimEvidence(diff, judged.claims, toKey(oldText), toKey(newText)) });
          linkRows.push({ audit, ...linkEvidence(diff, judged.links, toKey(oldText), toKey(newText)) });
        } else if (e.name === 'reportdiff') blindEvidence.push({ label: label.name, ...labelEvidence(diff, label, toKey(oldText), toKey(newText)) });
      } catch (err) {
        errors.push(`${e.name} ${label.name}: ${(err as Error).message}`);
      }
    }
  }
  console.log('\nHand-labelled real pairs (recall per category; not-linked = share of look-alikes correctly left unlinked)\n');
  console.log(table(['pair', 'engine', 'carried', 'new', 'dropped', 'not-linked'], labelResults.map((r) => {
    const c = r.counts as LabelScore;
    const cell = (s: Share) => `${s.hit}/${s.total}`;
    return [String(r.label), String(r.engine), cell(c.carried), cell(c.new), cell(c.dropped), cell(c.notLinked)];
  })));
  if (evidence.length) {
    console.log(`\nAudited new and dropped claims the engine still makes, by their evidence (claimTrust: names a word the other lacks (Change.novel), and nothing there alike / a unit alike, closest from ${ALIKE_SIMILARITY} in words or ${WORDING_ALIKE} in wording; or every word in the other; or a unit there close, from ${CLOSE_SIMILARITY} in words whatever it names, or from ${WORDING_ALIKE} in wording naming none): holds / in the other report / trivial\n`);
    const grades: ClaimTrust[] = ['sure', 'alike', 'unsure', 'close'];
    type Verdicts = ClaimEvidence['trust']['sure'];
    const cell = (v: Verdicts) => `${v.holds} / ${v.inOther} / ${v.trivial}`;
    const share = (v: Verdicts) => `${((100 * v.holds) / Math.max(1, v.holds + v.inOther + v.trivial)).toFixed(0)}%`;
    const sum = (key: ClaimTrust) => evidence.reduce((a, x) => ({ holds: a.holds + x.trust[key].holds, inOther: a.inOther + x.trust[key].inOther, trivial: a.trivial + x.trust[key].trivial }), { holds: 0, inOther: 0, trivial: 0 });
    const rows = evidence.map((x) => [x.audit, ...grades.map((g) => cell(x.trust[g])), String(x.gone)]);
    rows.push(['all', ...grades.map((g) => `${cell(sum(g))} (${share(sum(g))} hold)`), String(evidence.reduce((a, x) => a + x.gone, 0))]);
    console.log(table(['audit', 'names a word, nothing alike', 'names a word, a unit alike', 'every word in the other', 'a unit close', 'no longer claimed'], rows));
    console.log('\nAudited links the engine still makes, by its weak mark (Change.weak): same / partial / wrong\n');
    console.log(table(['audit', 'weak', 'not weak', 'no longer linked'], linkTableRows(linkRows)));
    console.log('\nWhere the closest unit (Change.closest) points: claims judged to be in the other report, by whether it is the quoted text; claims that hold, by whether one is shown\n');
    const pointer = (c: ClaimEvidence['closest']) => [String(c.onTarget), String(c.elsewhere), String(c.none), `${c.shownOnHolds} / ${c.holds}`];
    const crows = evidence.map((x) => [x.audit, ...pointer(x.closest)]);
    const all = evidence.reduce((a, x) => ({ onTarget: a.onTarget + x.closest.onTarget, elsewhere: a.elsewhere + x.closest.elsewhere, none: a.none + x.closest.none, holds: a.holds + x.closest.holds, shownOnHolds: a.shownOnHolds + x.closest.shownOnHolds }), { onTarget: 0, elsewhere: 0, none: 0, holds: 0, shownOnHolds: 0 });
    const judged = all.onTarget + all.elsewhere + all.none;
    crows.push(['all', `${all.onTarget} (${((100 * all.onTarget) / Math.max(1, judged)).toFixed(0)}%)`, String(all.elsewhere), String(all.none), `${all.shownOnHolds} / ${all.holds}`]);
    console.log(table(['audit', 'in other: at the quote', 'elsewhere', 'none shown', 'hold: shown / all'], crows));
    console.log('\nThe same split on the blind labels: new/dropped claims on items labelled really new or dropped, and on carried items the engine misses\n');
    const pairCell = (v: LabelEvidence['real']) => grades.map((g) => v[g]).join(' / ');
    const pointCell = (c: LabelEvidence['closest']) => `${c.onTarget} / ${c.elsewhere} / ${c.none}`;
    const brows = blindEvidence.map((x) => [x.label, pairCell(x.real), pairCell(x.missed), pointCell(x.closest)]);
    const total = (k: 'real' | 'missed') => Object.fromEntries(grades.map((g) => [g, blindEvidence.reduce((a, x) => a + x[k][g], 0)])) as LabelEvidence['real'];
    const points = blindEvidence.reduce((a, x) => ({ onTarget: a.onTarget + x.closest.onTarget, elsewhere: a.elsewhere + x.closest.elsewhere, none: a.none + x.closest.none }), { onTarget: 0, elsewhere: 0, none: 0 });
    brows.push(['all', pairCell(total('real')), pairCell(total('missed')), pointCell(points)]);
    console.log(table(['pair', 'real claims: sure / alike / unsure / close', 'false claims: sure / alike / unsure / close', 'false claims: closest at partner / elsewhere / none'], brows));
  }
  const { figures, sections } = rd instanceof Error ? { figures: [], sections: null } : await corpusEvidence(rd, errors);
  if (figures.length) {
    console.log("\nChanged figures (the summary's Numbers that changed) against blind readers' judgements (bench/audits/numbers.judged.json): precision = judged the same indicator / judged same or different; recall = judged the same and quoted by a line shown / all judged the same (— where only what two recent builds showed was judged)\n");
    console.log(table(['set', 'pairs', 'shown', 'same', 'different', 'unclear', 'unjudged', 'precision', 'recall'], figures.map((f) => [
      f.set, String(f.pairs), String(f.shown), String(f.same), String(f.different), String(f.unclear), String(f.unjudged),
      fmt(f.same / Math.max(1, f.same + f.different)), RECALL_UNMEASURED.has(f.set) ? '—' : fmt(f.recalled / Math.max(1, f.judgedSame)),
    ])));
  }
  if (sections) {
    const v = (x: SectionVerdicts) => `${x.same} / ${x.partial} / ${x.different} / ${x.unclear}`;
    console.log("\nSection pairs of the consecutive corpus pairs judged by blind readers (bench/audits/sections.judged.json): same theme / partial / different / unclear\n");
    console.log(table(['section pairs', 'judged'], [['still made', v(sections.kept)], ['no longer made', v(sections.gone)]]));
  }
  const sure = rd instanceof Error ? [] : await gradedClaimEvidence(rd, 'sure', errors);
  const graded = rd instanceof Error ? [] : await gradedClaimEvidence(rd, 'graded', errors);
  const cell = (h: StratumVerdicts | undefined) => (h ? `${h.holds} / ${h.inOther} / ${h.trivial} (${(100 * holdShare(h)).toFixed(0)}%)` : '');
  if (sure.length) {
    console.log(`\nSure claims (claimTrust sure) on four pairs whose claims no audit read, judged blind, half of each pair's sample naming ${MANY_NOVEL_WORDS} or more words the other report never uses (bench/audits/*.sure.judged.json): holds / in the other report / trivial, of those the engine still makes sure and in that half; weighted = each half weighted by the engine's sure claims in it; not matched = no longer made so, or its text stands twice in its report\n`);
    const rows = sure.map((r) => [r.pair, cell(r.strata.many), cell(r.strata.few), `${(100 * weightedShare([r], STRATA.sure)).toFixed(0)}%`, String(r.gone)]);
    rows.push(['all', cell(sumStrata(sure, 'many')), cell(sumStrata(sure, 'few')), `${(100 * weightedShare(sure, STRATA.sure)).toFixed(0)}%`, String(sure.reduce((a, r) => a + r.gone, 0))]);
    console.log(table(['pair', `naming ${MANY_NOVEL_WORDS} or more`, 'naming fewer', 'sure, weighted', 'not matched'], rows));
  }
  if (graded.length) {
    console.log(`\nThe other grades on the same four pairs, judged blind, the same number of claims from each (bench/audits/*.graded.judged.json): holds / in the other report / trivial, of those the engine still makes in that grade; not matched = no longer made so, or its text stands twice in its report\n`);
    const rows = graded.map((r) => [r.pair, ...STRATA.graded.map((g) => cell(r.strata[g])), String(r.gone)]);
    rows.push(['all', ...STRATA.graded.map((g) => cell(sumStrata(graded, g))), String(graded.reduce((a, r) => a + r.gone, 0))]);
    console.log(table(['pair', 'alike', 'unsure', 'close', 'not matched'], rows));
  }
  const worded = rd instanceof Error ? [] : await blindClaimSet(rd, 'blind-wording', errors);
  if (worded.length) {
    console.log(`\nClaims on four more pairs no audit read (gov 1999 → 2000, 2002 → 2003, 2007 → 2008, 2018 → 2020), drawn when the wording rule was made, 40 each from the claims it moved from sure to alike, from unsure to close, and from those it left sure or unsure, judged blind (bench/audits/blind-wording.judged.json): holds / in the other report / trivial, by the grade the engine gives them now; not matched = no longer claimed\n`);
    const grades: ClaimTrust[] = ['sure', 'alike', 'unsure', 'close'];
    const v = verdictsCell;
    const rows = worded.map((r) => [r.pair, ...grades.map((g) => v(r.grades[g])), String(r.gone)]);
    const sum = (g: ClaimTrust) => sumVerdicts(worded.map((r) => r.grades[g]));
    rows.push(['all', ...grades.map((g) => v(sum(g))), String(worded.reduce((a, r) => a + r.gone, 0))]);
    console.log(table(['pair', ...grades, 'not matched'], rows));
  }
  const byShare = rd instanceof Error ? [] : await blindClaimSet(rd, 'blind-novel-share', errors);
  if (evidence.length || byShare.length) {
    console.log("\nSure claims by how much of their wording is words the other report never uses (novelShare; the summary lists the sure claims by it, most first): holds / in the other report / trivial, of the judged claims the engine grades sure now; the last rows, four more pairs no audit read (gov 1997 → 1998, 2001 → 2002, 2014 → 2016, 2021 → 2022), 12 sure claims per pair drawn from below 0.3 and 12 from 0.5, judged blind (bench/audits/blind-novel-share.judged.json)\n");
    const add = (rows: ByShare[]): ByShare => {
      const out = byShareZero();
      for (const b of SHARE_BANDS) out[b] = sumVerdicts(rows.map((r) => r[b]));
      return out;
    };
    const v = verdictsCell;
    const row = (name: string, x: ByShare) => [name, ...SHARE_BANDS.map((b) => v(x[b]))];
    const rows = [row('the sixteen audits', add(evidence.map((e) => e.sureByShare))), row("four pairs' sure samples", add(sure.map((r) => r.sureByShare))), row('blind-wording', add(worded.map((r) => r.sureByShare)))];
    for (const r of byShare) rows.push(row(`blind-novel-share ${r.pair}`, r.sureByShare));
    rows.push(row('blind-novel-share, all', add(byShare.map((r) => r.sureByShare))));
    console.log(table(['judged claims', ...SHARE_BANDS], rows));
  }
  const headline = rd instanceof Error ? [] : await headlineEvidence(rd, errors);
  if (headline.length) {
    console.log("\nWhat the summary lists first: each part's first 20 new and first 20 dropped claims on six gov pairs (1999 → 2000, 2002 → 2003, 2007 → 2008, 2018 → 2020; later 2009 → 2010, 2012 → 2013) and two congress report pairs (cpc 19 → 20, 17 → 18), judged blind one list per session, shuffled (bench/audits/blind-headline.judged.json): holds / in the other report / trivial of those it lists now; unjudged = listed now, never judged\n");
    const lists = Object.keys(headline[0].tally) as Array<keyof HeadlineTally>;
    const v = verdictsCell;
    const sum = sumVerdicts;
    const rows = headline.map((h) => [h.pair, ...lists.map((l) => v(h.tally[l])), v(sum(lists.map((l) => h.tally[l])))]);
    rows.push(['all', ...lists.map((l) => v(sum(headline.map((h) => h.tally[l])))), v(sum(headline.flatMap((h) => lists.map((l) => h.tally[l]))))]);
    console.log(table(['pair', ...lists, 'all'], rows));
  }
  const initiatives = initiativeAgreement(root);
  const SET_NAMES = { tuned: 'tuned (2022 → 2023, 2024 → 2025)', 'tuned second': 'tuned second (2008 → 2009, 2016 → 2017)', 'held out': 'held out, then read (2011 → 2012, 2013 → 2014)', fresh: 'fresh (2005 → 2006, 2020 → 2021)', 'tuned fifth': 'tuned fifth (1999 → 2000, 2002 → 2003, 2007 → 2008, 2018 → 2020)', 'fresh second': 'fresh second (1997 → 1998, 2001 → 2002, 2014 → 2016, 2021 → 2022)', 'fresh third': 'fresh third (1998 → 1999, 2003 → 2004, 2009 → 2010, 2012 → 2013)' };
  console.log("\nWhich sure claims name an initiative (Change.initiative, from the structure stage's isInitiative; the summary lists the sure claims that do first), against blind readers' labels of 800 drawn from twenty gov pairs (bench/audits/blind-initiative.judged.json), in the order labelled: the rules' verbs were widened reading the first set, then again reading the second (held out for the first); the third, held out for both, was read when a quoted name alone stopped counting and before verbs were added from the corpus; the fourth, labelled after those changes, never was; a later round labelled two more, reading the fifth for more verbs (from 防治 on) and the sixth only after it had measured them (its misses suggested the modal rule); the seventh, labelled the round after, was never read\n");
  console.log(table(['set', 'clauses', 'initiatives', 'flagged: initiatives / others', 'recall', 'precision'], initiatives.map((a) => [
    SET_NAMES[a.set], String(a.clauses), String(a.initiatives), `${a.found} / ${a.wrong}`, fmt(a.found / Math.max(1, a.initiatives)), fmt(a.found / Math.max(1, a.found + a.wrong)),
  ])));
  const ruleChanges = ruleChangeAgreement(root);
  const GROUP_NAMES = { phrase: "phrase: `对…`/`把…`/`以…` no longer read as one (25 of 79)", outcome: 'outcome: a result or situation after the verb (all 53)', modal: 'modal: a subject or time, then 要/必须/将… and a verb (60 of 277)', advantage: 'advantage: 发挥…优势/积极性, no longer marked (all 42)', role: 'role: 发挥…作用, still marked (12 of 159)', control: 'control: marked, none of these (50)' };
  console.log("\nClauses the flag's rule changes touch, labelled blind (bench/audits/blind-initiative-rules.judged.json): per group, the initiatives and the other clauses, and how many of each the flag marks now\n");
  console.log(table(['group', 'initiatives: marked now', 'others: marked now'], ruleChanges.map((r) => [GROUP_NAMES[r.group], `${r.found} of ${r.initiatives}`, `${r.wrong} of ${r.clauses - r.initiatives}`])));
  const framingOpeners = framingOpenerAgreement(root);
  const OPENER_NAMES = { look: 'look back or ahead: 回顾/回首/展望…，', assess: 'assessment: 综合分析/考虑/研判…，', since: 'time since: …以来，', basis: 'plan or principle followed: 按照/根据…要求/原则…，', brief: 'a list announced: 下面简述几项重点。', control: 'control: other short claims' };
  console.log("\nSentence openers listed with the framing phrases (Change.framing), labelled blind: every such claim over the 30 consecutive gov and cpc pairs, and 19 other short claims (bench/audits/blind-framing-openers.judged.json): per group, those readers called rhetoric or a fragment, and those the framing test marks now\n");
  console.log(table(['group', 'rhetoric or fragment', 'marked now', 'marked, with content'], framingOpeners.map((g) => [OPENER_NAMES[g.group], `${g.plain} of ${g.clauses}`, String(g.marked), String(g.markedWithContent)])));
  const freshLinks = rd instanceof Error ? [] : await sampledLinkEvidence(rd, errors);
  if (freshLinks.length) {
    console.log('\nLinks on the same four pairs, 60 per pair drawn as for the audits and judged blind (bench/audits/gov-*.links.json), by the weak mark: same / partial / wrong\n');
    console.log(table(['pair', 'weak', 'not weak', 'no longer linked'], linkTableRows(freshLinks)));
  }
  const itemEnds = rd instanceof Error ? null : await itemEndEvidence(errors);
  if (itemEnds) {
    console.log("\nWhere the last item of a run ends (`（八）…`, `六是…`), which no marker says, against blind readers (bench/audits/item-ends.*): every last item whose text runs longer than any earlier item's in the bench texts; same = the engine ends it at the reader's paragraph; keeps more / less = the engine ends it after / before; misfiled = paragraphs on the other side of the end in all\n");
    const row = (name: string, t: ItemEndTally) => [name, String(t.cases), String(t.same), String(t.keepsMore), String(t.keepsLess), String(t.misfiled), String(t.notFound)];
    const all = Object.values(itemEnds).reduce((a, t) => ({ cases: a.cases + t.cases, same: a.same + t.same, keepsMore: a.keepsMore + t.keepsMore, keepsLess: a.keepsLess + t.keepsLess, misfiled: a.misfiled + t.misfiled, notFound: a.notFound + t.notFound }));
    console.log(table(['runs', 'cases', 'same', 'keeps more', 'keeps less', 'misfiled', 'not found'], [row('一是…', itemEnds.shi), row('（一）…, 第一，…, 1.…', itemEnds.headed), row('all', all)]));
  }
  if (errors.length) console.log('\nErrors:\n' + errors.join('\n'));

  const out = join(root, 'bench', 'results', 'quality.json');
  const groupsJson = Object.fromEntries(engines.map((e) => [e.name, Object.fromEntries([...groups.get(e.name)!].map(([g, s]) => [g, { ...summary(s), counts: s }]))]));
  writeResult(out, { segmenter, cases: cases.length, groups: groupsJson, timingsMs: Object.fromEntries(times), perCase, labels: labelResults, claimEvidence: evidence, linkEvidence: linkRows, labelEvidence: blindEvidence, figures, sections, sureClaims: sure, gradedClaims: graded, wordingClaims: worded, novelShareClaims: byShare, headline, initiatives, ruleChanges, framingOpeners, freshLinks, itemEnds, errors });
  console.log(`\nwrote ${out}`);
}

const compared = new Map<string, Promise<ReportDiff>>();
/** Each pair of files compared once per engine and run: the audited pairs are corpus pairs too. */
function compareOnce(engine: Engine, oldSpec: string, newSpec: string): Promise<ReportDiff> {
  const key = `${engine.name}\u0000${oldSpec}\u0000${newSpec}`;
  let diff = compared.get(key);
  if (!diff) compared.set(key, (diff = engine.compareFiles!(oldSpec, newSpec)));
  return diff;
}

/**
 * What blind readers judged on whole corpus pairs, against the engine now:
 * the summary's changed figures per set, and the section pairs of the
 * consecutive pairs (see bench/score/corpus-judgements.ts). Each pair is compared once.
 */
async function corpusEvidence(engine: Engine, errors: string[]): Promise<{ figures: FigureEvidence[]; sections: { kept: SectionVerdicts; gone: SectionVerdicts } }> {
  const judged = loadJudgedFigures(root);
  const judgedSections = loadJudgedSections(root);
  const sections = { kept: noSectionVerdicts(), gone: noSectionVerdicts() };
  const figures: FigureEvidence[] = [];
  for (const [set, pairs] of Object.entries(figurePairs(root)) as Array<[FigureEvidence['set'], string[]]>) {
    const inSet = judged.filter((j) => j.set === set);
    const row: FigureEvidence = { set, pairs: pairs.length, shown: 0, same: 0, different: 0, unclear: 0, unjudged: 0, recalled: 0, judgedSame: inSet.filter((j) => j.verdict === 'same').length };
    for (const pair of pairs) {
      try {
        const [a, b] = figurePairFiles(root, pair);
        const diff = await compareOnce(engine, a, b);
        const s = scoreFigures(diff, inSet.filter((j) => j.pair === pair));
        for (const k of ['shown', 'same', 'different', 'unclear', 'unjudged', 'recalled'] as const) row[k] += s[k];
        const sec = scoreSections(diff, judgedSections.filter((j) => j.pair === pair));
        for (const side of ['kept', 'gone'] as const) for (const v of Object.keys(sec[side]) as Array<keyof SectionVerdicts>) sections[side][v] += sec[side][v];
      } catch (err) {
        errors.push(`corpus ${pair}: ${(err as Error).message}`);
      }
    }
    figures.push(row);
  }
  return { figures, sections };
}

/** Rows of a links table: per audit or pair, the weak and other links' verdicts, then their sums with the share wrong. */
function linkTableRows(rows: Array<{ audit: string } & LinkEvidence>): string[][] {
  const verdicts = (v: LinkEvidence['weak']) => `${v.same} / ${v.partial} / ${v.wrong}`;
  const wrong = (v: LinkEvidence['weak']) => `${((100 * v.wrong) / Math.max(1, v.same + v.partial + v.wrong)).toFixed(0)}% wrong`;
  const sum = (k: 'weak' | 'other') => rows.reduce((a, x) => ({ same: a.same + x[k].same, partial: a.partial + x[k].partial, wrong: a.wrong + x[k].wrong }), { same: 0, partial: 0, wrong: 0 });
  const out = rows.map((x) => [x.audit, verdicts(x.weak), verdicts(x.other), String(x.gone)]);
  out.push(['all', `${verdicts(sum('weak'))} (${wrong(sum('weak'))})`, `${verdicts(sum('other'))} (${wrong(sum('other'))})`, String(rows.reduce((a, x) => a + x.gone, 0))]);
  return out;
}

const textKeys = new Map<string, string>();
/** A bench text's whitespace-free key, read once: the sampled pairs are scored three times (sure, graded, links). */
function textKey(file: string): string {
  let key = textKeys.get(file);
  if (key === undefined) textKeys.set(file, (key = toKey(readFileSync(file, 'utf8'))));
  return key;
}

/** The links of the four sampled pairs against the engine now (bench/score/graded-claims.ts). */
async function sampledLinkEvidence(engine: Engine, errors: string[]): Promise<Array<{ audit: string } & LinkEvidence>> {
  const out: Array<{ audit: string } & LinkEvidence> = [];
  for (const s of sampledPairLinks(root)) {
    try {
      const diff = await compareOnce(engine, s.oldFile, s.newFile);
      out.push({ audit: s.pair, ...linkEvidence(diff, s.links, textKey(s.oldFile), textKey(s.newFile)) });
    } catch (err) {
      errors.push(`links ${s.pair}: ${(err as Error).message}`);
    }
  }
  return out;
}

/** Where the last items of runs end, the engine's structure now against the readers (bench/score/item-ends.ts). */
async function itemEndEvidence(errors: string[]): Promise<Record<'shi' | 'headed', ItemEndTally> | null> {
  try {
    const { loadReport } = await import('../src/pipeline.js');
    const { cases, verdicts } = loadItemEnds(root);
    const reports = new Map<string, Report>();
    for (const c of cases) if (!reports.has(c.report)) reports.set(c.report, await loadReport(join(root, c.report)));
    return tallyItemEnds(cases, verdicts, (path) => reports.get(path)!);
  } catch (err) {
    errors.push(`item ends: ${(err as Error).message}`);
    return null;
  }
}

type Judged = BlindVerdicts & { unjudged?: number };

/** A table cell of blind verdicts: `holds / in the other report / trivial (share that holds)`, and `+N` claims no reader judged. */
function verdictsCell(x: Judged): string {
  const judged = x.holds + x.inOther + x.trivial;
  return `${x.holds} / ${x.inOther} / ${x.trivial}` + (judged ? ` (${((100 * x.holds) / judged).toFixed(0)}%)` : '') + (x.unjudged ? ` +${x.unjudged}` : '');
}

function sumVerdicts(xs: readonly Judged[]): Required<Judged> {
  return xs.reduce<Required<Judged>>((a, x) => ({ holds: a.holds + x.holds, inOther: a.inOther + x.inOther, trivial: a.trivial + x.trivial, unjudged: a.unjudged + (x.unjudged ?? 0) }), { holds: 0, inOther: 0, trivial: 0, unjudged: 0 });
}

/** What the summary lists first now on the pairs of bench/audits/blind-headline.judged.json (bench/score/blind-headline.ts). */
async function headlineEvidence(engine: Engine, errors: string[]): Promise<Array<{ pair: string; tally: HeadlineTally }>> {
  const out: Array<{ pair: string; tally: HeadlineTally }> = [];
  for (const s of headlineSamples(root)) {
    try {
      out.push({ pair: s.pair, tally: headlineTally(s.claims, await compareOnce(engine, s.oldFile, s.newFile)) });
    } catch (err) {
      errors.push(`headline ${s.pair}: ${(err as Error).message}`);
    }
  }
  return out;
}

/** A blind set of claims (bench/score/blind-claims.ts) against the engine now. */
async function blindClaimSet(engine: Engine, set: BlindSet, errors: string[]): Promise<Array<ReturnType<typeof blindClaimEvidence>>> {
  const out: Array<ReturnType<typeof blindClaimEvidence>> = [];
  for (const s of blindClaimSamples(root, set)) {
    try {
      const diff = await compareOnce(engine, s.oldFile, s.newFile);
      out.push(blindClaimEvidence(s.claims, diff, textKey(s.oldFile), textKey(s.newFile)));
    } catch (err) {
      errors.push(`${set} ${s.pair}: ${(err as Error).message}`);
    }
  }
  return out;
}

/** The claims sampled by grade in bench/audits, one mode's, against the engine now (bench/score/graded-claims.ts). */
async function gradedClaimEvidence(engine: Engine, mode: SampleMode, errors: string[]): Promise<GradedEvidence[]> {
  const out: GradedEvidence[] = [];
  for (const s of gradedSamples(root, mode)) {
    try {
      const diff = await compareOnce(engine, s.oldFile, s.newFile);
      out.push(gradedEvidence(s, mode, diff, textKey(s.oldFile), textKey(s.newFile)));
    } catch (err) {
      errors.push(`${mode} claims ${s.pair}: ${(err as Error).message}`);
    }
  }
  return out;
}

await main();
