import { defineConfig } from 'vitest/config';

// The end-to-end browser test: needs the whole platform running (scripts/test-browser.mjs starts it and sets
// WERKPLEK_SHELL_URL). Slow and stateful, so long timeouts and one file at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
