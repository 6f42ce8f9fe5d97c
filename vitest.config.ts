import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Build and browser tests share one built site per run; keep files from racing on it.
    fileParallelism: true,
    pool: 'forks',
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
