/** A file name or message as it can be printed on one line: control characters (a newline, an ESC in a name) escaped. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** One line, whatever the message: yargs and some errors spread theirs over several. */
export const oneLine = (text: string) => printable(text.replace(/\s*\n\s*/g, ' ').trim());
