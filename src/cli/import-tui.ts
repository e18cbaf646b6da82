/**
 * The terminal UI, imported when `review` needs it (Ink and React are ES
 * modules; the pipe path never pays for them). A file of its own: the
 * bundled CLI is run from V8's code cache (load-bundle.ts), and in Node 20
 * an `import()` inside code read back from that cache fails ("A dynamic
 * import callback was not specified"), so the bundle requires this file,
 * which Node loads itself, and the import happens here.
 */
export const importTui = () => import('../tui/run-review.js');
