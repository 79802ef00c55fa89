import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/sim/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/labs/**/*.test.ts'],
    environment: 'node',
    // Fixes fast-check's global seed (override with FC_SEED=<n>): see tests/setup/fast-check.ts.
    setupFiles: ['tests/setup/fast-check.ts', 'tests/setup/simulation-errors.ts'],
  },
});
