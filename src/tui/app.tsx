import React, { useEffect, useReducer } from 'react';
import { Box, useApp } from 'ink';
import type { ReviewModel } from './model.js';
import { initialState, position, reduce, selectedChange, visibleChanges, type ReviewState } from './state.js';
import { pressToActions, useKeymap, type KeyPress } from './use-keymap.js';
import { useTerminalSize, type Size } from './use-terminal-size.js';
import { SectionList } from './section-list.js';
import { ChangeList } from './change-list.js';
import { ContextView } from './context-view.js';
import { StatusBar } from './status-bar.js';
import { HelpOverlay } from './help-overlay.js';
import { closestUnit } from '../report.js';

/** Columns of the left pane: a third of the screen, within readable bounds. */
function leftWidth(columns: number): number {
  return Math.max(18, Math.min(48, Math.floor(columns * 0.4)));
}

/** Title of the right pane: the selected pair's NEW heading (else OLD). */
function pairTitle(model: ReviewModel, state: ReviewState): string {
  const p = model.pairs[state.pair];
  if (!p) return 'CHANGES';
  if (p.catchAll) return 'CHANGES outside aligned sections';
  const path = p.new ?? p.old ?? [];
  return `CHANGES ${path.length ? path[path.length - 1] : '(preamble)'}`;
}

/**
 * The connected root of `reportdiff review`: owns the reducer state, maps
 * keys to actions and lays the views out for the terminal's current size.
 * The status bar takes two rows and one row is left free, because Ink
 * redraws the whole screen (flicker) once a frame is as tall as the terminal.
 */
export function App(props: { model: ReviewModel; size?: Partial<Size>; initial?: ReviewState }): React.JSX.Element {
  const { model } = props;
  const [state, dispatch] = useReducer(
    (s: ReviewState, press: KeyPress) =>
      pressToActions(press, s.search.editing).reduce((acc, a) => reduce(model, acc, a), s),
    props.initial ?? initialState(model),
  );
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(props.size);
  useKeymap(dispatch);
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  const bodyHeight = Math.max(4, rows - 3);
  const left = leftWidth(columns);
  const right = Math.max(10, columns - left - 1);
  const ids = visibleChanges(model, state.pair, state.filter);
  const changes = ids.map((i) => model.diff.changes[i]);
  const current = selectedChange(model, state);

  let body: React.JSX.Element;
  if (state.help) {
    body = <HelpOverlay width={columns} height={bodyHeight} />;
  } else {
    const rightPane =
      state.context && current !== null ? (
        <ContextView
          change={model.diff.changes[current]}
          oldName={model.diff.old.name}
          newName={model.diff.new.name}
          oldText={model.oldText}
          newText={model.newText}
          closest={closestUnit(model.diff.changes[current], model.units)}
          width={right}
          height={bodyHeight}
        />
      ) : (
        <ChangeList
          title={pairTitle(model, state)}
          changes={changes}
          selected={state.item}
          focused={state.pane === 'changes'}
          sideBySide={state.sideBySide}
          query={state.search.query}
          units={model.units}
          width={right}
          height={bodyHeight}
        />
      );
    body = (
      <Box flexDirection="row" height={bodyHeight}>
        <SectionList
          pairs={model.pairs}
          selected={state.pair}
          focused={state.pane === 'sections'}
          width={left}
          height={bodyHeight}
        />
        <Box width={1} height={bodyHeight} borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} />
        {rightPane}
      </Box>
    );
  }
  return (
    <Box flexDirection="column" width={columns}>
      {body}
      <StatusBar
        old={model.diff.old}
        new={model.diff.new}
        position={position(model, state)}
        filter={state.filter}
        query={state.search.query}
        prompt={state.search.editing ? state.search.draft : null}
        message={state.message}
        width={columns}
      />
    </Box>
  );
}
