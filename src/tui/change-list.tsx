import React from 'react';
import { Box, Text } from 'ink';
import type { Change } from '../report.js';
import type { UnitsById } from '../report.js';
import { changeLines, type Line } from './change-lines.js';
import { padEnd } from './text-width.js';
import { StyledLine } from './styled-line.js';

/** Rows of context laid out on either side of the selection; more is never visible at once. */
const NEIGHBOURS = 40;

/**
 * Lines to draw for the change list: only changes near the selection are
 * laid out, then the window is cut so the selected change starts a third of
 * the way down (or shows whole, when it is long).
 */
export function listLines(
  changes: Change[],
  selected: number,
  width: number,
  capacity: number,
  sideBySide: boolean,
  units?: UnitsById,
): { line: Line; selected: boolean }[] {
  const from = Math.max(0, selected - NEIGHBOURS);
  const to = Math.min(changes.length, selected + NEIGHBOURS + 1);
  const rows: { line: Line; selected: boolean }[] = [];
  let selStart = 0;
  let selLen = 0;
  for (let i = from; i < to; i++) {
    // The closest unit of a claim is shown for the selected change only: under every claim it halved how many fit on a screen.
    const lines = changeLines(changes[i], width - 2, sideBySide, i === selected ? units : undefined);
    if (i === selected) {
      selStart = rows.length;
      selLen = lines.length;
    }
    for (const line of lines) rows.push({ line, selected: i === selected });
  }
  let start = selStart - Math.floor(capacity / 3);
  if (selStart + selLen > start + capacity) start = selStart + selLen - capacity;
  start = Math.max(0, Math.min(start, selStart, rows.length - capacity));
  return rows.slice(start, start + capacity);
}

/**
 * Marks every occurrence of the search query inside a line's runs (as the
 * `hit` style, drawn inverse), so the reader sees why `n` stopped here. A hit
 * split across two runs or two wrapped lines is not marked.
 */
export function markHits(line: Line, query: string): Line {
  if (!query) return line;
  return line.flatMap((span) => {
    if (span.style === 'tag' || !span.text.includes(query)) return [span];
    const parts = span.text.split(query);
    return parts.flatMap((text, i) => {
      const out: Line = text ? [{ text, style: span.style }] : [];
      if (i < parts.length - 1) out.push({ text: query, style: 'hit' });
      return out;
    });
  });
}

/** Right pane: the changes of the selected section pair, the selected one marked with `>`. */
export function ChangeList(props: {
  title: string;
  changes: Change[];
  selected: number;
  focused: boolean;
  sideBySide: boolean;
  width: number;
  height: number;
  /** The last search run with `/`, highlighted where it occurs. */
  query?: string;
  /** Units by id, to show the unit a claim's `closest` names. */
  units?: UnitsById;
}): React.JSX.Element {
  const { title, changes, selected, focused, sideBySide, width, height, query = '', units } = props;
  const rows = listLines(changes, selected, width, height - 1, sideBySide, units);
  let firstOfSelected = true;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text inverse={focused} bold>
        {padEnd(` ${title}`, width)}
      </Text>
      {changes.length === 0 ? <Text dimColor> no changes here under this filter</Text> : null}
      {rows.map((r, i) => {
        const mark = r.selected && firstOfSelected ? '> ' : '  ';
        if (r.selected) firstOfSelected = false;
        return <StyledLine key={i} line={[{ text: mark, style: 'tag' }, ...markHits(r.line, query)]} selected={r.selected} />;
      })}
    </Box>
  );
}
