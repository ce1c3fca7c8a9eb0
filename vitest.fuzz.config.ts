// `npm run fuzz`: the property tests with many more and larger random batches and a fresh seed
// each run (printed in the test names; reproduce with RF_SEED=<seed> npm run fuzz).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/property/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    pool: 'forks',
    env: { RF_FUZZ: '1' },
  },
});
