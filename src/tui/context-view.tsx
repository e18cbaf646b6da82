import React from 'react';
import { Box, Text } from 'ink';
import type { Change, ClosestUnit, UnitRef } from '../report.js';
import { paragraphAround } from './model.js';
import { tagOf, type Line, type Style } from './change-lines.js';
import { closestAlike } from '../render/change-place.js';
import { padEnd, truncate, wrapSpans } from './text-width.js';
import { StyledLine } from './styled-line.js';

/**
 * One side's paragraph, wrapped, with the unit marked «…» (and in inverse
 * video), cut to `budget` lines around the unit when the paragraph is long.
 */
export function paragraphLines(text: string, ref: UnitRef | null, width: number, budget: number): Line[] {
  if (!ref) return [[{ text: '(not in this report)', style: 'dim' }]];
  const p = paragraphAround(text, ref.start, ref.end);
  if (!p) return wrapSpans<Style>([{ text: ref.text, style: 'hit' }], width).slice(0, budget);
  const lines = wrapSpans<Style>(
    [
      { text: p.before, style: 'plain' },
      { text: `«${p.unit}»`, style: 'hit' },
      { text: p.after, style: 'plain' },
    ],
    width,
  );
  const at = lines.findIndex((l) => l.some((s) => s.style === 'hit'));
  const start = Math.max(0, Math.min(at - Math.floor(budget / 3), lines.length - budget));
  return lines.slice(start, start + budget);
}

function where(ref: UnitRef | null): string {
  if (!ref) return '';
  return ref.section.length ? ref.section.join(' › ') : '(preamble)';
}

/**
 * Right pane while Enter is held open: the change in the paragraphs around
 * it, OLD above NEW. A new or dropped claim has no unit on the other side;
 * there the pane shows the unit its `closest` names, so the reader sees at
 * once whether the claim is a rewording.
 */
export function ContextView(props: {
  change: Change;
  oldName: string;
  newName: string;
  oldText: string;
  newText: string;
  width: number;
  height: number;
  /** The unit `change.closest` names in the other report (closestUnit). */
  closest?: ClosestUnit | null;
}): React.JSX.Element {
  const { change, width, height, closest } = props;
  const shared = change.shared?.length ? `shared: ${change.shared.join('、')}` : '';
  const budget = Math.max(1, Math.floor((height - 4 - (shared ? 1 : 0)) / 2));
  const side = (label: string, name: string, text: string, own: UnitRef | null) => {
    const ref = own ?? closest?.unit ?? null;
    // First after the side's label, so a narrow pane cuts the file name, not the similarity.
    const near = own || !closest ? '' : `closest (${closestAlike({ novel: change.novel, closest })}) · `;
    return (
      <Box flexDirection="column">
        <Text bold wrap="truncate">
          {truncate(`${label} ${near}${name} · ${where(ref)}`, width)}
        </Text>
        {paragraphLines(text, ref, width, budget).map((l, i) => (
          <StyledLine key={i} line={l} />
        ))}
      </Box>
    );
  };
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text inverse bold>
        {padEnd(` CONTEXT ${tagOf(change)}  (Enter/Esc closes)`, width)}
      </Text>
      {shared ? <Text dimColor>{truncate(shared, width)}</Text> : null}
      {side('OLD', props.oldName, props.oldText, change.old)}
      {side('NEW', props.newName, props.newText, change.new)}
    </Box>
  );
}
