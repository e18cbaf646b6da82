import { useEffect, useState } from 'react';
import { useStdout } from 'ink';

/** A terminal size; 80×24 when the stream does not say (pipes, test doubles). */
export interface Size {
  columns: number;
  rows: number;
}

/**
 * The terminal's size, updated on every 'resize' so the layout is redone
 * when the window changes. `fixed` pins it (tests).
 */
export function useTerminalSize(fixed?: Partial<Size>): Size {
  const { stdout } = useStdout();
  const read = (): Size => ({
    columns: fixed?.columns ?? (stdout.columns || 80),
    rows: fixed?.rows ?? (stdout.rows || 24),
  });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed?.columns, fixed?.rows]);
  return size;
}
