import React from 'react';
import { Box, Text } from 'ink';
import type { ReportSummaryMeta } from '../report.js';
import { padEnd, truncate } from './text-width.js';

function side(meta: ReportSummaryMeta): string {
  const ys = meta.years;
  const years = ys.length === 0 ? '' : ys.length === 1 ? ` (${ys[0]})` : ` (${ys[0]}–${ys[ys.length - 1]})`;
  const part = meta.selection === 'all' ? '' : `#${meta.selection}`;
  // The basename: the folder rarely tells two reports apart and costs the width.
  return `${meta.name.split(/[\\/]/).pop()}${part}${years}`;
}

/**
 * Bottom two lines: both reports with their years, the position among real
 * changes, the filter and the active search; below it the `/` prompt, a
 * notice, or a hint of the keys.
 */
export function StatusBar(props: {
  old: ReportSummaryMeta;
  new: ReportSummaryMeta;
  position: { index: number; total: number };
  filter: string;
  query: string;
  prompt: string | null;
  message: string | null;
  width: number;
}): React.JSX.Element {
  const { position, width } = props;
  const pos = position.total ? `change ${position.index || '-'}/${position.total}` : 'no changes';
  const search = props.query ? ` │ /${props.query}` : '';
  // Position and filter first: file names are the part that can be cut at 80 columns.
  const top = ` ${pos} │ filter: ${props.filter}${search} │ ${side(props.old)} → ${side(props.new)}`;
  const bottom =
    props.prompt !== null
      ? `/${props.prompt}▏  (Enter search, Esc cancel)`
      : (props.message ?? 'j/k move  n/N next change  Tab pane  Enter context  f filter  / search  s side-by-side  ? help  q quit');
  return (
    <Box flexDirection="column" width={width}>
      <Text inverse>{padEnd(top, width)}</Text>
      <Text color={props.prompt !== null ? 'yellow' : undefined} dimColor={props.prompt === null && !props.message}>
        {truncate(bottom, width)}
      </Text>
    </Box>
  );
}
