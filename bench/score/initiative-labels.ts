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
  /** In the order labelled: `tuned`, `tuned second`, `held out` and `tuned fifth` were each read for a later change to the rules (see the file's `about`); `fresh` and `fresh third` never were, `fresh second` only after it had measured them (its misses suggested the modal rule). */
  set: 'tuned' | 'tuned second' | 'held out' | 'fresh' | 'tuned fifth' | 'fresh second' | 'fresh third';
}

/** How `isInitiative` (the structure stage's `Unit.initiative`) agrees with blind readers' labels on some clauses. */
export interface FlagTally {
  clauses: number;
  /** Clauses the readers labelled initiatives. */
  initiatives: number;
  /** Initiatives the flag marks. */
  found: number;
  /** Other clauses it marks. */
  wrong: number;
}

function tallyFlag(clauses: ReadonlyArray<{ text: string; label: string }>): FlagTally {
  const out: FlagTally = { clauses: clauses.length, initiatives: 0, found: 0, wrong: 0 };
  for (const c of clauses) {
    const flagged = isInitiative(c.text);
    if (c.label === 'initiative') {
      out.initiatives++;
      if (flagged) out.found++;
    } else if (flagged) out.wrong++;
  }
  return out;
}

/** Per set of bench/audits/blind-initiative.judged.json. */
export type InitiativeAgreement = { set: LabelledClause['set'] } & FlagTally;

export function initiativeAgreement(root: string): InitiativeAgreement[] {
  const { items } = JSON.parse(readFileSync(join(root, 'bench', 'audits', 'blind-initiative.judged.json'), 'utf8')) as { items: LabelledClause[] };
  return (['tuned', 'tuned second', 'held out', 'fresh', 'tuned fifth', 'fresh second', 'fresh third'] as const).map((set) => ({ set, ...tallyFlag(items.filter((c) => c.set === set)) }));
}

/** A clause of bench/audits/blind-initiative-rules.judged.json: one that a change to the flag's rules unmarks or marks (or a control), and its blind label. */
interface RuleClause {
  text: string;
  /** `phrase`: the `对…`/`把…`/`以…` change stopped marking it; `outcome`: the outcome test would have; `modal`: the modal rule would newly mark it; `advantage`: the exhortation test would unmark it; `role`: 发挥…作用, left marked, for contrast; `control`: marked, and none of these touched it. */
  group: 'phrase' | 'outcome' | 'modal' | 'advantage' | 'role' | 'control';
  label: string;
}

/** Per group of bench/audits/blind-initiative-rules.judged.json. */
export type RuleChangeAgreement = { group: RuleClause['group'] } & FlagTally;

export function ruleChangeAgreement(root: string): RuleChangeAgreement[] {
  const { items } = JSON.parse(readFileSync(join(root, 'bench', 'audits', 'blind-initiative-rules.judged.json'), 'utf8')) as { items: RuleClause[] };
  return (['phrase', 'outcome', 'modal', 'advantage', 'role', 'control'] as const).map((group) => ({ group, ...tallyFlag(items.filter((c) => c.group === group)) }));
}
