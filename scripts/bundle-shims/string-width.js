// string-width for the CLI bundle, evaluated on its first call instead of when
// the bundle loads: its Unicode property regexes take ≈10 ms to build, and a
// `diff` that prints JSON never measures a string (scripts/bundle.mjs).
let real;
export default function stringWidth(text, options) {
  real ??= require('string-width').default;
  return real(text, options);
}
