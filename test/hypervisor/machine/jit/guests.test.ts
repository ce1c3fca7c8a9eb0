// Whole guests under VirtMachine with the interpreter and with the block tier: the bare-metal
// conformance ELFs and the guest kernel booting user/demo.img must print the same UART bytes,
// exit the same way, count the same events and cycles, and end in the same hart state.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE_PROGRAMS } from '../../../../hypervisor/guest/conformance/programs.ts';
import { parseElf } from '../../../../hypervisor/machine/elf.ts';
import { BlockTier } from '../../../../hypervisor/machine/jit/block-tier.ts';
import { VirtMachine, type VirtOptions } from '../../../../hypervisor/machine/virt.ts';
import { state } from './harness.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

interface Outcome {
  uart: string;
  exit: unknown;
  events: Record<string, number>;
  cycles: number;
  harts: unknown[];
  blocks: number;
}

/** Runs an ELF on a fresh machine; `jit` installs the block tier on every hart. */
export function runGuest(elfPath: string, jit: boolean, options: VirtOptions = {}, budget = 400_000_000): Outcome {
  const image = parseElf(readFileSync(elfPath), elfPath);
  const out: number[] = [];
  const m = VirtMachine.create({ memMiB: 32, ...options, output: (b) => out.push(b) });
  m.loadElf(image);
  const tiers = jit ? m.harts.map((cpu) => (cpu.tier = new BlockTier(m.ram, { hotness: 2 }))) : [];
  const exit = m.run(budget);
  const stats = m.stats();
  const events = Object.fromEntries(Object.entries(stats.events).filter(([k]) => !k.startsWith('blocks.')));
  return {
    uart: Buffer.from(out).toString('latin1'),
    exit,
    events,
    cycles: stats.cycles,
    harts: m.harts.map((cpu) => state({ cpu, ram: m.ram })),
    blocks: tiers[0]?.cache.counters.compiled ?? 0,
  };
}

function expectSame(a: Outcome, b: Outcome): void {
  expect(b.uart).toBe(a.uart);
  expect(b.exit).toEqual(a.exit);
  expect(b.events).toEqual(a.events);
  expect(b.cycles).toBe(a.cycles);
  expect(b.harts).toEqual(a.harts);
}

describe('guests under both tiers', () => {
  for (const p of CONFORMANCE_PROGRAMS) {
    it(`conformance ${p.name}: same UART output, exit, events, cycles and hart state`, () => {
      const interp = runGuest(p.elfPath, false);
      const jit = runGuest(p.elfPath, true);
      expect(interp.exit).toMatchObject({ kind: 'poweroff' });
      expectSame(interp, jit);
      expect(jit.blocks).toBeGreaterThan(0);
    });
  }

  it('the guest kernel runs user/demo.img to "9 of 9 programs passed" identically', () => {
    const disk = new Uint8Array(readFileSync(join(ROOT, 'hypervisor/guest/user/demo.img')));
    const kernel = join(ROOT, 'hypervisor/guest/kernel/kernel.elf');
    const interp = runGuest(kernel, false, { memMiB: 128, disk });
    const jit = runGuest(kernel, true, { memMiB: 128, disk });
    expect(interp.uart).toContain('9 of 9 programs passed');
    expectSame(interp, jit);
    expect(jit.blocks).toBeGreaterThan(100);
  });

  it("VirtMachine's tier: 'jit' option installs the block tier and stats() shows its counters", () => {
    // The first 5 M instructions of the CPU-bound benchmark: hot loops the tier compiles (a
    // short program may run entirely in the interpreter, see block-tier.ts WARM_STRETCH).
    const path = join(ROOT, 'hypervisor/guest/bench/cpu-bound.elf');
    const image = parseElf(readFileSync(path), path);
    const run = (tier: 'interp' | 'jit') => {
      const out: number[] = [];
      const m = VirtMachine.create({ memMiB: 16, tier, output: (b) => out.push(b) });
      m.loadElf(image);
      return { exit: m.run(5_000_000), uart: Buffer.from(out).toString(), events: m.stats().events };
    };
    const a = run('interp');
    const b = run('jit');
    const { ['blocks.compiled']: compiled, ['blocks.evicted']: evicted, ['blocks.invalidated']: invalidated } = b.events;
    const rest = Object.fromEntries(Object.entries(b.events).filter(([k]) => !k.startsWith('blocks.')));
    expect(compiled).toBeGreaterThan(0);
    expect(evicted ?? 0).toBeGreaterThanOrEqual(0);
    expect(invalidated ?? 0).toBeGreaterThanOrEqual(0);
    expect(Object.keys(a.events).some((k) => k.startsWith('blocks.'))).toBe(false);
    expect(rest).toEqual(a.events);
    expect(b.uart).toBe(a.uart);
    expect(b.exit).toEqual(a.exit);
  });

  it('the guest kernel on two harts runs identically', () => {
    const disk = new Uint8Array(readFileSync(join(ROOT, 'hypervisor/guest/user/demo.img')));
    const kernel = join(ROOT, 'hypervisor/guest/kernel/kernel.elf');
    const interp = runGuest(kernel, false, { memMiB: 128, disk, harts: 2 });
    const jit = runGuest(kernel, true, { memMiB: 128, disk, harts: 2 });
    expectSame(interp, jit);
  });
});
