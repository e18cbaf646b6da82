// Bundles the CLI into dist/bin/ as CommonJS: `reportdiff.js` (the `bin`, a
// few lines that get the segmenter going: nodejieba's thread, or the read of
// node-rs' dictionary index), `cli.js` (yargs and the pipeline),
// `segmenter.js` (shared by both), `segmenter-worker.js` (the thread),
// `import-tui.js` (the terminal UI's import()) and `tui.mjs` (the terminal UI).
//
// Why: a cold `reportdiff diff` spent ≈0.2 s of its main thread just loading
// ≈150 ES modules (yargs alone ≈0.1 s); one CommonJS file loads in about
// half that on Node 20 (measured with `npm run bench`, see README).
// tsc still builds dist/ (ES modules) for tests and benchmarks. The terminal
// UI is a bundle of its own, an ES module (Ink is ES-only), imported only
// when `review` needs it.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bin');
mkdirSync(out, { recursive: true });
// The folder's own package.json makes Node read its .js files as CommonJS.
writeFileSync(join(out, 'package.json'), '{ "type": "commonjs" }\n');

/**
 * Imports that stay outside a bundle, as the file that bundles them:
 * - the terminal UI, an ES-module bundle of its own (`tui.mjs`, below: Ink
 *   is ES-only and awaits at its top level);
 * - the segmenter loader, its own file so that the tiny entry, which gets
 *   the segmenter going before anything else is even parsed, and the CLI
 *   share one instance of it (and so the preloaded thread or index read);
 * - the CLI itself, which the entry loads once that is on its way, with
 *   V8's code cache (src/cli/load-bundle.ts; the cache is made by
 *   scripts/build-code-cache.mjs).
 */
const outside = [
  [/\/tui\/run-review\.js$/, './tui.mjs'],
  [/\/import-tui\.js$/, './import-tui.js'],
  [/\/load-segmenter\.js$/, './segmenter.js'],
];
const splitFiles = {
  name: 'split-files',
  setup(b) {
    for (const [filter, path] of outside) {
      b.onResolve({ filter }, (args) => (args.kind === 'entry-point' ? undefined : { path, external: true }));
    }
    b.onResolve({ filter: /^\.\/run\.js$/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: 'cli', namespace: 'load-cli' }));
    b.onLoad({ filter: /.*/, namespace: 'load-cli' }, () => ({
      contents: `import { loadCli } from ${JSON.stringify(join(root, 'src/cli/load-bundle.ts'))};\nloadCli(__dirname);\n`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * Every string-width in the bundle (ours, and the older copies cliui and
 * wrap-ansi bring) is evaluated on its first call instead of when the bundle
 * loads: building their Unicode regexes and ICU segmenters took ≈15 ms of
 * every start, and a `diff` that prints JSON never measures a string. Each
 * import becomes a small module that requires the real one when first
 * called.
 */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.real) return undefined;
      const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: { real: true } });
      if (real.errors.length) return undefined;
      // Relative, so the bundle names no folder of the machine that built it.
      return { path: relative(root, real.path), namespace: 'lazy-string-width' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, (args) => ({
      contents: [
        'let real;',
        'export default function stringWidth(text, options) {',
        `  real ??= require(${JSON.stringify(join(root, args.path))}).default;`,
        '  return real(text, options);',
        '}',
      ].join('\n'),
      resolveDir: dirname(join(root, args.path)),
      loader: 'js',
    }));
    // The real module, required by path from the module above.
    b.onResolve({ filter: /string-width[\\/]index\.js$/, namespace: 'lazy-string-width' }, (args) => ({ path: args.path }));
  },
};

/**
 * yargs' platform shim imports node's `assert` (≈4–5 ms to load here) for
 * two checks it makes on every run, which only fail on a programming error.
 * It gets a module that makes the same check and loads `assert` only to
 * throw its error.
 */
const lazyAssert = {
  name: 'lazy-assert',
  setup(b) {
    b.onResolve({ filter: /^assert$/ }, (args) => (/[\\/]yargs[\\/]/.test(args.importer) ? { path: 'assert', namespace: 'lazy-assert' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-assert' }, () => ({
      contents: [
        'let real;',
        "const load = () => (real ??= require('node:assert'));",
        // assert's own test is Object.is.
        'export const notStrictEqual = (actual, expected, message) => { if (Object.is(actual, expected)) load().notStrictEqual(actual, expected, message); };',
        'export const strictEqual = (actual, expected, message) => { if (!Object.is(actual, expected)) load().strictEqual(actual, expected, message); };',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

const common = {
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Native addons and the lazily required converter stay in node_modules.
  external: ['@node-rs/jieba', '@node-rs/jieba/*', 'nodejieba', 'opencc-js', 'opencc-js/*'],
  plugins: [splitFiles, lazyStringWidth, lazyAssert],
  // import.meta.url is how the sources find files beside them (the worker
  // script, package.json, node_modules for createRequire); in CommonJS it
  // is the bundle file's own URL.
  define: { 'import.meta.url': '__bundle_url' },
  banner: { js: "const __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: {
    cli: join(root, 'src/cli/run.ts'),
    'import-tui': join(root, 'src/cli/import-tui.ts'),
    segmenter: join(root, 'src/segment/load-segmenter.ts'),
    'segmenter-worker': join(root, 'src/segment/segmenter-worker.ts'),
  },
});
// cli.js runs from V8's code cache (src/cli/load-bundle.ts), where Node 20
// cannot serve an import(): every import() must sit in a file of its own.
if (/\bimport\(/.test(readFileSync(join(out, 'cli.js'), 'utf8'))) throw new Error('dist/bin/cli.js holds an import(); move it to a file the bundle requires (see src/cli/import-tui.ts)');
// The entry loads cli.js itself (loadCli, with the code cache), and with no
// import(), which esbuild would keep: import() of a CommonJS file first
// scans all of its 400 KB for named exports (≈25 ms).
await build({
  ...common,
  entryPoints: { reportdiff: join(root, 'src/cli/main.ts') },
  supported: { 'dynamic-import': false },
});

/**
 * Ink's development mode (DEV=true: React's devtools, and Ink reading its own
 * package.json) left out of the terminal UI's bundle: the devtools import
 * react-devtools-core, which is not a dependency, and a bundle hoists the
 * import to its top; and beside the bundle there is no package.json where
 * Ink looks for its own, so a user's DEV=true made `review` fail.
 */
const inkWithoutDevMode = {
  name: 'ink-without-dev-mode',
  setup(b) {
    const stub = { './devtools.js': '', './utils.js': 'export const isDev = () => false;' };
    b.onResolve({ filter: /^\.\/(devtools|utils)\.js$/ }, (args) => (/[\\/]ink[\\/]/.test(args.importer) ? { path: args.path, namespace: 'ink-stub' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'ink-stub' }, (args) => ({ contents: stub[args.path], loader: 'js' }));
  },
};

// The terminal UI with Ink and React as one ES module (`review`, `start`):
// loading them as ≈140 packages' modules took ≈0.5 s before the first frame,
// the bundle ≈0.16 s. React's production build, as a user should run it
// (unbundled, React picks its development build unless NODE_ENV says
// otherwise). Most UI tests import it from dist/tui/; test/tui/bundle.test.ts
// drives this bundle.
await build({
  ...common,
  entryPoints: { tui: join(root, 'src/tui/run-review.tsx') },
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  plugins: [inkWithoutDevMode],
  // The CommonJS packages inside (React) require node's modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Not common's: import.meta.url is this module's own here.
  define: { 'process.env.NODE_ENV': '"production"' },
});
