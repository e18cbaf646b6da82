import React from 'react';
import { Text } from 'ink';
import type { Line, Style } from './change-lines.js';

const LOOK: Record<Style, { color?: string; dimColor?: boolean; bold?: boolean; strikethrough?: boolean; inverse?: boolean }> = {
  plain: {},
  eq: {},
  ins: { color: 'green', bold: true },
  del: { color: 'red', strikethrough: true },
  dim: { dimColor: true },
  tag: { color: 'cyan' },
  hit: { inverse: true },
};

/** One pre-wrapped line of styled runs; never wraps again (the caller measured it). */
export function StyledLine({ line, selected = false }: { line: Line; selected?: boolean }): React.JSX.Element {
  return (
    <Text wrap="truncate" bold={selected}>
      {line.length === 0 ? ' ' : line.map((span, i) => <Text key={i} {...LOOK[span.style]}>{span.text}</Text>)}
    </Text>
  );
}
