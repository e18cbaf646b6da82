/**
 * One numbering of comparison terms for the whole process. A report's terms
 * are numbered once, when it is tokenised; weighting, section alignment and
 * matching then count and index by number with typed arrays instead of
 * looking strings up in a map of their own for every pair (a series
 * compares each inner report twice). Numbers are only meaningful inside
 * this process and never leave it.
 */
const ids = new Map<string, number>();
const names: string[] = [];

/** The numbers of `terms`, numbering the ones not seen before. */
export function internTerms(terms: readonly string[]): Int32Array {
  const out = new Int32Array(terms.length);
  for (let k = 0; k < terms.length; k++) out[k] = termNumber(terms[k]);
  return out;
}

/** The number of one term, numbering it if it is new. */
export function termNumber(term: string): number {
  let id = ids.get(term);
  if (id === undefined) {
    ids.set(term, (id = names.length));
    names.push(term);
  }
  return id;
}

/** The term numbered `id`. */
export function termName(id: number): string {
  return names[id];
}

/** How many terms are numbered so far: arrays indexed by term number need this length. */
export function termCount(): number {
  return names.length;
}
