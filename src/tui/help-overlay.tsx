import React from 'react';
import { Box, Text } from 'ink';
import { MARK } from './change-lines.js';
import { truncate } from './text-width.js';

/** Keys and markers, in the order a first-time reader needs them. */
export const HELP_LINES: string[] = [
  'j / k, ↓ / ↑     move in the focused pane (PgDn/PgUp by ten)',
  'n / N           next / previous change across sections (carried skipped);',
  '                after a search: next / previous hit',
  'Tab             switch between sections and changes',
  'Enter           open / close the paragraph around the change',
  '                (new or dropped: with the closest text of the other report)',
  'f               filter: all → new → dropped → modified → moved → repeated',
  '                → check (weak links, new or dropped with no word the',
  '                other report lacks or with a close text there: the',
  '                claims to check first)',
  '/               search (type, Enter to run, Esc to cancel)',
  's               inline ↔ side-by-side',
  'Esc             close help / context, clear the search',
  '? / q           this help / quit',
  '',
  `Tags: NEW  DROP  MOD  SAME (carried)  MOVE (carried, moved)  X> (moved)`,
  `      AGAIN (a second link: the other report says it once, in one unit)`,
  `Words: ${MARK.delOpen}deleted${MARK.delClose} ${MARK.insOpen}inserted${MARK.insClose}`,
  `Sections: +new -dropped ~modified >moved *repeated`,
];

/** Full-body overlay listing the keys; `?` or Esc closes it. */
export function HelpOverlay({ width, height }: { width: number; height: number }): React.JSX.Element {
  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1}>
      <Text bold inverse>
        {truncate(' KEYS  (? or Esc closes) ', width - 2)}
      </Text>
      {HELP_LINES.slice(0, height - 1).map((l, i) => (
        <Text key={i} wrap="truncate">
          {truncate(l, width - 2) || ' '}
        </Text>
      ))}
    </Box>
  );
}
