// `npm run fuzz`: the property tests with many more and larger random batches and a fresh seed
// each run (printed in the test names; reproduce with RF_SEED=<seed> npm run fuzz).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/property/**/*.test.ts',
      // The simulated machine's hostile-input properties: guest code, ELF files, snapshots,
      // device registers and virtqueues, PMP against the spec, both tiers against each other.
      'test/hypervisor/machine/hostile-guest.test.ts',
      'test/hypervisor/machine/elf.test.ts',
      'test/hypervisor/machine/snapshot.test.ts',
      'test/hypervisor/machine/pmp.test.ts',
      'test/hypervisor/machine/devices/*.test.ts',
      'test/hypervisor/machine/jit/*.test.ts',
      'test/hypervisor/guest/mkfs.test.ts',
    ],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    pool: 'forks',
    env: { RF_FUZZ: '1' },
  },
});
