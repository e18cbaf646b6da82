import fc from 'fast-check';

// CI runs one fixed set of generated cases, so a red CI is a change in the
// code and can be replayed; elsewhere each run draws new cases, and
// fast-check prints the seed and path of any failure to replay it with.
if (process.env.CI) fc.configureGlobal({ seed: 20261126 });
