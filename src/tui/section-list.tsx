import React from 'react';
import { Box, Text } from 'ink';
import type { PairView } from './model.js';
import { padEnd, truncate, displayWidth } from './text-width.js';
import { visibleWindow } from './window.js';

/** Label for one side of a pair: its innermost heading. */
function headingOf(path: string[] | null): string {
  if (path === null) return '(none)';
  return path.length === 0 ? '(preamble)' : path[path.length - 1];
}

/** Counts as `+new -dropped ~modified >moved *repeated`, zeros left out to keep the column short. */
export function countsLabel(p: PairView): string {
  const parts: string[] = [];
  if (p.counts.new) parts.push(`+${p.counts.new}`);
  if (p.counts.dropped) parts.push(`-${p.counts.dropped}`);
  if (p.counts.modified) parts.push(`~${p.counts.modified}`);
  if (p.counts.moved) parts.push(`>${p.counts.moved}`);
  if (p.counts.repeated) parts.push(`*${p.counts.repeated}`);
  return parts.join(' ');
}

/**
 * Left pane: aligned section pairs, two lines each — the OLD heading with
 * the pair's counts, then `→` and the NEW heading.
 */
export function SectionList(props: {
  pairs: PairView[];
  selected: number;
  focused: boolean;
  width: number;
  height: number;
}): React.JSX.Element {
  const { pairs, selected, focused, width, height } = props;
  const { start, end } = visibleWindow(pairs.length, selected, Math.floor((height - 1) / 2));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text inverse={focused} bold>
        {padEnd(` SECTIONS ${selected + 1}/${pairs.length}`, width)}
      </Text>
      {pairs.slice(start, end).map((p, k) => {
        const i = start + k;
        const sel = i === selected;
        const counts = countsLabel(p);
        const first = p.catchAll ? '(outside aligned sections)' : headingOf(p.old);
        const room = width - 2 - (counts ? displayWidth(counts) + 1 : 0);
        return (
          <Box key={i} flexDirection="column">
            <Text wrap="truncate" bold={sel} color={sel && focused ? 'cyan' : undefined}>
              {sel ? '>' : ' '} {padEnd(first, room)}
              {counts ? ` ${counts}` : ''}
            </Text>
            <Text wrap="truncate" dimColor={!sel}>
              {'  → '}
              {truncate(p.catchAll ? '' : headingOf(p.new), width - 4)}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
