import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInitiative } from '../../src/structure/initiative.js';

/** One clause of bench/audits/blind-initiative.judged.json: a sure claim's unit and what a blind reader called it. */
interface LabelledClause {
  id: string;
  pair: string;
  text: string;
  /** initiative / target / result / situation / rhetoric / fragment. */
  label: string;
  /** In the order labelled: `tuned`, `tuned second`, `held out` and `tuned fifth` were each read for a later change to the rules (see the file's `about`); `fresh` never was, `fresh second` only after it had measured them (its misses suggested the modal rule). */
  set: 'tuned' | 'tuned second' | 'held out' | 'fresh' | 'tuned fifth' | 'fresh second';
}

/** How `isInitiative` (the structure stage's `Unit.initiative`) agrees with the readers, per set. */
export interface InitiativeAgreement {
  set: LabelledClause['set'];
  clauses: number;
  initiatives: number;
  /** Initiatives the flag marks. */
  found: number;
  /** Other clauses it marks. */
  wrong: number;
}

export function initiativeAgreement(root: string): InitiativeAgreement[] {
  const { items } = JSON.parse(readFileSync(join(root, 'bench', 'audits', 'blind-initiative.judged.json'), 'utf8')) as { items: LabelledClause[] };
  return (['tuned', 'tuned second', 'held out', 'fresh', 'tuned fifth', 'fresh second'] as const).map((set) => {
    const mine = items.filter((c) => c.set === set);
    const out: InitiativeAgreement = { set, clauses: mine.length, initiatives: 0, found: 0, wrong: 0 };
    for (const c of mine) {
      const flagged = isInitiative(c.text);
      if (c.label === 'initiative') {
        out.initiatives++;
        if (flagged) out.found++;
      } else if (flagged) out.wrong++;
    }
    return out;
  });
}

/** A clause of bench/audits/blind-initiative-rules.judged.json: one that a change to the flag's rules unmarks or marks (or a control), and its blind label. */
interface RuleClause {
  text: string;
  /** `phrase`: the `对…`/`把…`/`以…` change stopped marking it; `outcome`: the outcome test would have; `modal`: the modal rule would newly mark it; `advantage`: the exhortation test would unmark it; `role`: 发挥…作用, left marked, for contrast; `control`: marked, and none of these touched it. */
  group: 'phrase' | 'outcome' | 'modal' | 'advantage' | 'role' | 'control';
  label: string;
}

/** Per group, the clauses the readers labelled initiatives and the others, and how many of each the flag marks now. */
export interface RuleChangeAgreement {
  group: RuleClause['group'];
  initiatives: number;
  others: number;
  /** Of the initiatives, marked now. */
  keptInitiatives: number;
  /** Of the others, marked now. */
  keptOthers: number;
}

export function ruleChangeAgreement(root: string): RuleChangeAgreement[] {
  const { items } = JSON.parse(readFileSync(join(root, 'bench', 'audits', 'blind-initiative-rules.judged.json'), 'utf8')) as { items: RuleClause[] };
  return (['phrase', 'outcome', 'modal', 'advantage', 'role', 'control'] as const).map((group) => {
    const out: RuleChangeAgreement = { group, initiatives: 0, others: 0, keptInitiatives: 0, keptOthers: 0 };
    for (const c of items.filter((x) => x.group === group)) {
      const flagged = isInitiative(c.text);
      if (c.label === 'initiative') {
        out.initiatives++;
        if (flagged) out.keptInitiatives++;
      } else {
        out.others++;
        if (flagged) out.keptOthers++;
      }
    }
    return out;
  });
}
