import { diffArrays } from 'diff';
import type { DiffOp } from '../report.js';

/**
 * The most token edits a word diff looks for. Myers' diff takes time in
 * proportion to the text's length times the edits, so two long units with
 * little in order in common ran for seconds (two reports of 16k characters
 * each, their punctuation lost, made one unit each: 17 s). A reworded
 * clause needs a few dozen edits; a unit of several hundred tokens rewritten
 * throughout is shown replaced whole.
 */
const MAX_EDITS = 400;

/**
 * Token-level diff of a reworded pair with jsdiff's diffArrays over jieba
 * tokens (its docs send non-English text to diffArrays for this reason).
 * Equal and deleted texts concatenate to the old unit, equal and inserted
 * ones to the new unit.
 */
export function wordDiff(oldTokens: string[], newTokens: string[]): DiffOp[] {
  const parts = diffArrays(oldTokens, newTokens, { maxEditLength: MAX_EDITS });
  // Past the bound the two texts have little in order in common: shown whole, one replaced by the other.
  if (!parts) return replaced(oldTokens.join(''), newTokens.join(''));
  const ops: DiffOp[] = [];
  for (const part of parts) {
    const op: DiffOp['op'] = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    const text = part.value.join('');
    if (!text) continue;
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  }
  return ops;
}

function replaced(oldText: string, newText: string): DiffOp[] {
  const ops: DiffOp[] = [];
  if (oldText) ops.push({ op: 'delete', text: oldText });
  if (newText) ops.push({ op: 'insert', text: newText });
  return ops;
}
