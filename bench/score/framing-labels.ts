import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isFramingPhrase } from '../../src/diff/framing.js';

/** A clause of bench/audits/blind-framing-openers.judged.json: a claim's unit, the candidate test that would mark it, and its blind label. */
interface OpenerClause {
  report: string;
  text: string;
  /** `look` 回顾/展望…, `assess` 综合考虑…, `since` …以来, `basis` 按照…要求, `brief` 下面简述…; `control`: short claims none of them touch. */
  group: 'look' | 'assess' | 'since' | 'basis' | 'brief' | 'control';
  label: string;
}

/** Per group: its clauses, those the readers called rhetoric or a fragment (no content of their own), and those `isFramingPhrase` marks now. */
export interface OpenerAgreement {
  group: OpenerClause['group'];
  clauses: number;
  plain: number;
  marked: number;
  /** Marked, yet labelled an initiative, target, result or situation. */
  markedWithContent: number;
}

export function framingOpenerAgreement(root: string): OpenerAgreement[] {
  const { items } = JSON.parse(readFileSync(join(root, 'bench', 'audits', 'blind-framing-openers.judged.json'), 'utf8')) as { items: OpenerClause[] };
  return (['look', 'assess', 'since', 'basis', 'brief', 'control'] as const).map((group) => {
    const mine = items.filter((c) => c.group === group);
    const plain = (c: OpenerClause) => c.label === 'rhetoric' || c.label === 'fragment';
    return {
      group,
      clauses: mine.length,
      plain: mine.filter(plain).length,
      marked: mine.filter((c) => isFramingPhrase(c.text)).length,
      markedWithContent: mine.filter((c) => !plain(c) && isFramingPhrase(c.text)).length,
    };
  });
}
