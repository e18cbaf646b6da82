import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // End-to-end tests spawn the CLI and load jieba's dictionary: seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests must see what the engine computes, not what an earlier run cached;
    // test/segment/token-cache.test.ts turns the cache on in a folder of its own.
    env: { REPORTDIFF_CACHE: 'off' },
    setupFiles: ['test/helpers/fast-check-ci.ts'],
  },
});
