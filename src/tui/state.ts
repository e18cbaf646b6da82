import { FILTERS, matchesFilter, matchesQuery, type Filter, type ReviewModel } from './model.js';
import { isRealChange } from '../render/change-place.js';

/** Everything the review UI remembers between key presses. Plain data, no Ink. */
export interface ReviewState {
  pane: 'sections' | 'changes';
  /** Selected row of the left pane (index into `model.pairs`). */
  pair: number;
  /** Selected change, as an index into the selected pair's visible (filtered) changes. */
  item: number;
  filter: Filter;
  sideBySide: boolean;
  context: boolean;
  help: boolean;
  /** `editing` while the `/` prompt is open; `query` is the last search that was run. */
  search: { editing: boolean; draft: string; query: string };
  /** One-line notice for the status bar (e.g. a search that found nothing). */
  message: string | null;
  quit: boolean;
}

/** Every user intent the reducer understands; the keymap produces these. */
export type Action =
  | { type: 'move'; delta: number }
  | { type: 'jump'; dir: 1 | -1 }
  | { type: 'switchPane' }
  | { type: 'enter' }
  | { type: 'cycleFilter' }
  | { type: 'toggleSideBySide' }
  | { type: 'toggleHelp' }
  | { type: 'searchStart' }
  | { type: 'searchInput'; text: string }
  | { type: 'searchBackspace' }
  | { type: 'searchSubmit' }
  | { type: 'escape' }
  | { type: 'quit' };

/**
 * The state a review opens in: all changes shown, at the first real change
 * when a model is given. A preamble carried whole (2024 → 2025's address and
 * opening sentence) would otherwise open on a frame with nothing to review.
 */
export function initialState(model?: ReviewModel): ReviewState {
  const start = openingState();
  const first = model && seek(model, start, 1, (c) => isRealChange(model.diff.changes[c]), { wrap: false, inclusive: true });
  return first ? { ...start, pair: first.slot.pair, item: first.slot.item } : start;
}

function openingState(): ReviewState {
  return {
    pane: 'sections',
    pair: 0,
    item: 0,
    filter: 'all',
    sideBySide: false,
    context: false,
    help: false,
    search: { editing: false, draft: '', query: '' },
    message: null,
    quit: false,
  };
}

/** Indexes into `diff.changes` of the changes a pair shows under a filter. */
export function visibleChanges(model: ReviewModel, pair: number, filter: Filter): number[] {
  const p = model.pairs[pair];
  if (!p) return [];
  return p.changes.filter((i) => matchesFilter(model.diff.changes[i], filter));
}

/** Index into `diff.changes` of the selected change, or null when the pair shows none. */
export function selectedChange(model: ReviewModel, state: ReviewState): number | null {
  return visibleChanges(model, state.pair, state.filter)[state.item] ?? null;
}

interface Slot {
  pair: number;
  item: number;
  change: number;
}

/** Every visible change in reading order across pairs, with where it sits. */
function flatten(model: ReviewModel, filter: Filter): Slot[] {
  const out: Slot[] = [];
  model.pairs.forEach((_, pair) => {
    visibleChanges(model, pair, filter).forEach((change, item) => out.push({ pair, item, change }));
  });
  return out;
}

/**
 * Where the selection stands among the real changes (carried units excluded)
 * the filter shows: `index` is how many of them come at or before it.
 */
export function position(model: ReviewModel, state: ReviewState): { index: number; total: number } {
  let index = 0;
  let total = 0;
  for (const s of flatten(model, state.filter)) {
    if (!isRealChange(model.diff.changes[s.change])) continue;
    total++;
    if (s.pair < state.pair || (s.pair === state.pair && s.item <= state.item)) index = total;
  }
  return { index, total };
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

function move(model: ReviewModel, state: ReviewState, delta: number): ReviewState {
  if (state.pane === 'sections') {
    const pair = clamp(state.pair + delta, 0, Math.max(0, model.pairs.length - 1));
    return { ...state, pair, item: 0, context: false };
  }
  const n = visibleChanges(model, state.pair, state.filter).length;
  return { ...state, item: clamp(state.item + delta, 0, Math.max(0, n - 1)) };
}

/** Next (or previous) slot after the selection that satisfies `want`; wraps only when asked. */
function seek(
  model: ReviewModel,
  state: ReviewState,
  dir: 1 | -1,
  want: (change: number) => boolean,
  opts: { wrap: boolean; inclusive?: boolean },
): { slot: Slot; wrapped: boolean } | null {
  const slots = flatten(model, state.filter);
  if (slots.length === 0) return null;
  let here = slots.findIndex((s) => s.pair === state.pair && s.item === state.item);
  if (here === -1) {
    // The selected pair shows nothing: start from just before its first slot.
    const next = slots.findIndex((s) => s.pair > state.pair);
    here = (next === -1 ? slots.length : next) - (dir === 1 ? 1 : 0);
  }
  const first = opts.inclusive ? 0 : 1;
  for (let step = first; step <= slots.length; step++) {
    const raw = here + dir * step;
    if (!opts.wrap && (raw < 0 || raw >= slots.length)) return null;
    const i = ((raw % slots.length) + slots.length) % slots.length;
    if (want(slots[i].change)) return { slot: slots[i], wrapped: raw !== i };
  }
  return null;
}

function jump(model: ReviewModel, state: ReviewState, dir: 1 | -1, inclusive = false): ReviewState {
  const { query } = state.search;
  const changes = model.diff.changes;
  const hit = query
    ? seek(model, state, dir, (c) => matchesQuery(changes[c], query), { wrap: true, inclusive })
    : seek(model, state, dir, (c) => isRealChange(changes[c]), { wrap: false });
  if (!hit) {
    const message = query ? `not found: ${query}` : dir === 1 ? 'no more changes' : 'no earlier changes';
    return { ...state, message };
  }
  const message = hit.wrapped ? 'search wrapped around' : null;
  return { ...state, pair: hit.slot.pair, item: hit.slot.item, pane: 'changes', message };
}

function cycleFilter(model: ReviewModel, state: ReviewState): ReviewState {
  const filter = FILTERS[(FILTERS.indexOf(state.filter) + 1) % FILTERS.length];
  const current = selectedChange(model, state);
  const visible = visibleChanges(model, state.pair, filter);
  // Keep the selected change if the new filter still shows it, else the next one it shows.
  let item = current === null ? 0 : visible.findIndex((c) => c >= current);
  if (item === -1) item = Math.max(0, visible.length - 1);
  return { ...state, filter, item, context: state.context && visible.length > 0 };
}

function editSearch(state: ReviewState, action: Action): ReviewState | null {
  const s = state.search;
  switch (action.type) {
    case 'searchInput':
      return { ...state, search: { ...s, draft: s.draft + action.text } };
    case 'searchBackspace':
      return { ...state, search: { ...s, draft: Array.from(s.draft).slice(0, -1).join('') } };
    case 'escape':
      return { ...state, search: { ...s, editing: false, draft: '' } };
    case 'searchSubmit':
      // An empty prompt clears the search, so n steps through changes again.
      return { ...state, search: { editing: false, draft: '', query: '' } };
    default:
      return null;
  }
}

/**
 * The whole UI logic: (model, state, action) → state. Pure, so it is tested
 * without Ink; the model is the read-only diff the actions navigate.
 */
export function reduce(model: ReviewModel, state: ReviewState, action: Action): ReviewState {
  if (state.search.editing) {
    if (action.type === 'searchSubmit' && state.search.draft) {
      const ran = { ...state, search: { editing: false, draft: '', query: state.search.draft } };
      return jump(model, ran, 1, true);
    }
    return editSearch(state, action) ?? state;
  }
  const s = state.message ? { ...state, message: null } : state;
  switch (action.type) {
    case 'move':
      return move(model, s, action.delta);
    case 'jump':
      return jump(model, s, action.dir);
    case 'switchPane':
      return { ...s, pane: s.pane === 'sections' ? 'changes' : 'sections' };
    case 'enter':
      if (s.pane === 'sections') return { ...s, pane: 'changes' };
      return { ...s, context: !s.context && selectedChange(model, s) !== null };
    case 'cycleFilter':
      return cycleFilter(model, s);
    case 'toggleSideBySide':
      return { ...s, sideBySide: !s.sideBySide };
    case 'toggleHelp':
      return { ...s, help: !s.help };
    case 'searchStart':
      return { ...s, search: { ...s.search, editing: true, draft: '' }, help: false };
    case 'escape':
      if (s.help) return { ...s, help: false };
      if (s.context) return { ...s, context: false };
      return { ...s, search: { ...s.search, query: '' } };
    case 'quit':
      return { ...s, quit: true };
    default:
      return s;
  }
}
