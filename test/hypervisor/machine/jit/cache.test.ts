// The block cache's bounds and bookkeeping: at most maxBlocks live blocks whatever the guest
// runs (evictions counted), at most maxInsns instructions per block, blocks never cross a
// page, invalidation only of the blocks whose words changed, and the counters VirtMachine
// shows through blockTierStats.

import { describe, expect, it } from 'vitest';
import { blockTierStats } from '../../../../hypervisor/machine/jit/block-cache.ts';
import { blockSource } from '../../../../hypervisor/machine/jit/translate.ts';
import { assemble } from '../../../../hypervisor/machine/asm.ts';
import { Ram, RAM_BASE } from '../../../../hypervisor/machine/memory.ts';
import { hart, image, runBoth } from './harness.ts';

const EXIT = `
  li t6, 0x100000
  li t5, 0x5555
  sw t5, 0(t6)
halt:
  j halt
`;

/** A chain of `n` tiny functions called in a loop: n + a few distinct blocks. */
function manyBlocks(n: number, passes: number): string {
  const calls = Array.from({ length: n }, (_, i) => `jal ra, f${i}`).join('\n');
  const fns = Array.from({ length: n }, (_, i) => `f${i}:\n addi a0, a0, ${i % 7}\n ret`).join('\n');
  return `
    li s0, ${passes}
  loop:
    ${calls}
    addi s0, s0, -1
    bnez s0, loop
    ${EXIT}
  ${fns}`;
}

describe('block cache', () => {
  it('never holds more than maxBlocks blocks, counts evictions, and still matches the interpreter', () => {
    const r = runBoth(manyBlocks(200, 5), [1_000_000], { hotness: 1, maxBlocks: 16 });
    expect(r.jit).toEqual(r.interp);
    const cache = r.h.tier!.cache;
    expect(cache.size).toBeLessThanOrEqual(16);
    expect(cache.counters.evicted).toBeGreaterThan(100);
    expect(cache.counters.compiled - cache.counters.evicted - cache.counters.invalidated).toBe(cache.size);
  });

  it('splits straight-line code at maxInsns and at page ends', () => {
    const body = Array.from({ length: 2000 }, (_, i) => `addi a${i % 6}, a${(i + 1) % 6}, ${i % 100}`).join('\n');
    const src = `li s0, 3\nloop:\n${body}\naddi s0, s0, -1\nbeqz s0, done\nj loop\ndone:\n${EXIT}`;
    const r = runBoth(src, [5, 999, 1_000_000], { hotness: 1, maxInsns: 10 });
    expect(r.jit).toEqual(r.interp);
    const cache = r.h.tier!.cache;
    for (let slot = 0; slot <= cache.mask; slot++) {
      if (cache.keys[slot] === -1) continue;
      const wi = cache.keys[slot]!;
      expect(cache.lens[slot]).toBeLessThanOrEqual(10);
      expect(wi >>> 10).toBe((wi + cache.lens[slot]! - 1) >>> 10); // one page
    }
  });

  it('drops only the blocks whose words were written, and unmarks pages left without blocks', () => {
    const asm = assemble(manyBlocks(8, 10), { base: RAM_BASE });
    const h = hart(asm.bytes, true);
    expect(h.cpu.run(1_000_000).kind).toBe('stop');
    const cache = h.tier!.cache;
    const before = cache.size;
    expect(before).toBeGreaterThan(4);
    expect(h.ram.codePages[0]).toBe(1);
    h.ram.store(h.ram.base + 4096 - 4, 4, 0); // a word no block covers
    expect(cache.size).toBe(before);
    h.ram.store(asm.symbols.get('f3')!, 4, 0x13); // f3's first word: its block only
    expect(cache.size).toBe(before - 1);
    expect(cache.counters.invalidated).toBe(1);
    h.ram.loadImage(new Uint8Array(16)); // a bulk write drops everything
    expect(cache.size).toBe(0);
    expect(h.ram.codePages[0]).toBe(0);
  });

  it('reports compiled, evicted and invalidated blocks for VirtMachine.stats()', () => {
    const h = hart(image(manyBlocks(40, 4)), true, { hotness: 1, maxBlocks: 8 });
    h.cpu.run(1_000_000);
    const stats = blockTierStats(h.ram);
    expect(stats['blocks.compiled']).toBe(h.tier!.cache.counters.compiled);
    expect(stats['blocks.evicted']).toBeGreaterThan(0);
    expect(stats).toHaveProperty('blocks.invalidated');
    expect(blockTierStats(new Ram(4096))).toEqual({});
  });

  it('a block loops inside its function; its backward branch checks only the budget (only slow calls raise attention, and they leave)', () => {
    const src = blockSource(
      { pc: 0x80000000 | 0, rows: [18, 5], words: [0xfff50513 | 0, 0xfe051ee3 | 0] }, // addi a0,a0,-1; bnez a0,-4
      { ramBase: 0x80000000, ramSize: 65536, bytes: new Uint8Array(0), codePages: new Uint8Array(0), epoch: { codeWrites: 0 } },
    );
    expect(src).toContain('for (;;)');
    expect(src).toMatch(/if \(n < maxIter\) continue/);
    expect(src).not.toContain('attention');
  });
});
