/**
 * Turns an audit (a random sample of one run's claims, each judged by a
 * reader who read both reports; see the README) into a label set that
 * `npm run bench:quality` scores like the hand labels:
 * - a link judged "same" must stay linked (carried); one judged "wrong" must
 *   not be made again (not-linked); "partial" links are left out, being
 *   neither;
 * - a "better" counterpart the reader quoted for a partial or wrong link, and
 *   the counterpart quoted for a claim judged "in-old" or "in-new", must be
 *   linked (carried);
 * - a claim judged really new or really dropped must stay so; "trivial"
 *   fragments are left out.
 * A phrase that occurs more than once in its report cannot be placed by
 * content, so its item is left out (and counted).
 *
 * Usage: tsx bench/audits/to-labels.ts NAME OLD_TEXT NEW_TEXT  (reads bench/audits/NAME.*.json)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { occurrences, type LabelSet, type PhrasePair } from '../score/labels.js';
import { toKey } from '../lib/key.js';

interface JudgedLink { id: string; old: string; new: string; verdict: 'same' | 'partial' | 'wrong'; better: string; note: string }
interface JudgedClaim { id: string; text: string; verdict: string; oldQuote?: string; newQuote?: string; note: string }

const [name, oldSpec, newSpec] = process.argv.slice(2);
if (!name || !oldSpec || !newSpec) throw new Error('usage: tsx bench/audits/to-labels.ts NAME OLD_TEXT NEW_TEXT');
const dir = join('bench', 'audits');
// An audit of claims alone judges no links.
const linksFile = join(dir, `${name}.links.json`);
const links = existsSync(linksFile) ? (JSON.parse(readFileSync(linksFile, 'utf8')) as JudgedLink[]) : [];
const claims = JSON.parse(readFileSync(join(dir, `${name}.new-dropped.json`), 'utf8')) as { new: JudgedClaim[]; dropped: JudgedClaim[] };
const oldKey = toKey(readFileSync(oldSpec, 'utf8'));
const newKey = toKey(readFileSync(newSpec, 'utf8'));
const once = (key: string, phrase: string) => occurrences(key, phrase).length === 1;

const label: LabelSet & { source: string; left: string[] } = {
  name: `audit: ${name}`,
  source: `bench/audits/${name}.*.json (a sample of one run's claims, judged by a reader of both reports)`,
  oldSpec,
  newSpec,
  carried: [],
  new: [],
  dropped: [],
  notLinked: [],
  left: [],
};
const pair = (list: PhrasePair[], id: string, old: string, nw: string, note: string) => {
  if (once(oldKey, old) && once(newKey, nw)) list.push({ old, new: nw, note: `${id}: ${note}`.trim() });
  else label.left.push(`${id}: a phrase is not unique in its report`);
};
for (const l of links) {
  if (l.verdict === 'same') pair(label.carried, l.id, l.old, l.new, '');
  if (l.verdict === 'wrong') pair(label.notLinked, l.id, l.old, l.new, l.note);
  if (l.verdict !== 'same' && l.better) pair(label.carried, `${l.id} (better)`, l.better, l.new, l.note);
}
for (const c of claims.new) {
  if (c.verdict === 'really-new') once(newKey, c.text) ? label.new.push(c.text) : label.left.push(`${c.id}: not unique`);
  if (c.verdict === 'in-old' && c.oldQuote) pair(label.carried, c.id, c.oldQuote, c.text, c.note);
}
for (const c of claims.dropped) {
  if (c.verdict === 'really-dropped') once(oldKey, c.text) ? label.dropped.push(c.text) : label.left.push(`${c.id}: not unique`);
  if (c.verdict === 'in-new' && c.newQuote) pair(label.carried, c.id, c.text, c.newQuote, c.note);
}
writeFileSync(join('bench', 'labels', `audit-${name}.json`), `${JSON.stringify(label, null, 2)}\n`);
console.log(`${name}: carried ${label.carried.length}, new ${label.new.length}, dropped ${label.dropped.length}, not-linked ${label.notLinked.length}; left out ${label.left.length}`);
