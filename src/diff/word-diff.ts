import { diffArrays } from 'diff';
import type { DiffOp } from '../report.js';

/**
 * Token-level diff of a reworded pair with jsdiff's diffArrays over jieba
 * tokens (its docs send non-English text to diffArrays for this reason).
 * Equal and deleted texts concatenate to the old unit, equal and inserted
 * ones to the new unit.
 */
export function wordDiff(oldTokens: string[], newTokens: string[]): DiffOp[] {
  const ops: DiffOp[] = [];
  for (const part of diffArrays(oldTokens, newTokens)) {
    const op: DiffOp['op'] = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    const text = part.value.join('');
    if (!text) continue;
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  }
  return ops;
}
