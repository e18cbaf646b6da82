import type { DiffOp } from '../../report.js';

/** A stretch of a word diff: unchanged text, or one replacement (deleted then inserted text). */
export type Hunk = { equal: string } | { deleted: string; inserted: string };

/**
 * Groups a token diff into hunks so a replacement reads as one `<del>…</del><ins>…</ins>`
 * instead of alternating token by token (`<del>稳步实施</del><ins>持续推进</ins>城市更新`).
 */
export function toHunks(ops: DiffOp[]): Hunk[] {
  const out: Hunk[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del || ins) out.push({ deleted: del, inserted: ins });
    del = ins = '';
  };
  for (const o of ops) {
    if (o.op === 'equal') {
      flush();
      const last = out[out.length - 1];
      if (last && 'equal' in last) last.equal += o.text;
      else out.push({ equal: o.text });
    } else if (o.op === 'delete') del += o.text;
    else ins += o.text;
  }
  flush();
  return out;
}
