// Hostile guests: whatever words a guest executes, in whatever mode, with whatever page tables,
// CSR values and device pokes, the machine only ever returns typed exits; it never throws on
// the host, never hangs past its budget, and stays deterministic.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encode } from '../../../hypervisor/machine/encode.ts';
import { INSNS, type InsnSpec } from '../../../hypervisor/machine/isa.ts';
import { RAM_BASE } from '../../../hypervisor/machine/memory.ts';
import { VirtMachine } from '../../../hypervisor/machine/virt.ts';

/** A word that is a real instruction (any row, random operands) or random bits. */
const word = fc.oneof(
  fc.integer({ min: 0, max: 0xffffffff }),
  fc
    .record({
      row: fc.nat(INSNS.length - 1),
      rd: fc.nat(31),
      rs1: fc.nat(31),
      rs2: fc.nat(31),
      imm: fc.integer({ min: -2048, max: 2047 }),
      csr: fc.constantFrom(0x100, 0x104, 0x105, 0x141, 0x144, 0x180, 0x300, 0x302, 0x303, 0x304, 0x305, 0x341, 0x344, 0x3a0, 0x3b0, 0xc00, 0xc01),
    })
    .map(({ row, rd, rs1, rs2, imm, csr }) => {
      const spec = INSNS[row] as InsnSpec;
      const even = spec.format === 'B' || spec.format === 'J' ? imm & ~1 : imm;
      const shamt = spec.format === 'shift' ? imm & 31 : even;
      const uimm = spec.format === 'csri' ? imm & 31 : shamt;
      return encode(spec, { rd, rs1, rs2, imm: spec.format === 'U' ? (imm << 12) | 0 : uimm, csr, aq: false, rl: false, pred: 15, succ: 15, fm: 0 });
    }),
);

/** Registers pointing at interesting places: RAM, devices, holes, the top of memory. */
const pointer = fc.constantFrom(RAM_BASE, RAM_BASE + 0x1000, 0x10000000, 0x2000000, 0x0c000000, 0x100000, 0x10001000, 0, 0xfffffffc, 0x7ffff000);

function runGuest(words: number[], regs: number[], maxInstructions: number, tier: 'interp' | 'jit' = 'interp'): { exit: unknown; state: unknown } {
  const out: number[] = [];
  const m = VirtMachine.create({ memMiB: 1, tier, output: (b) => out.push(b) });
  const image = new Uint8Array(words.length * 4);
  const view = new DataView(image.buffer);
  words.forEach((w, i) => view.setUint32(i * 4, w >>> 0, true));
  m.loadElf({ name: 'fuzz', entry: RAM_BASE, segments: [{ index: 0, vaddr: RAM_BASE, paddr: RAM_BASE, data: image, memsz: image.length, flags: 7 }], symbols: new Map() });
  const cpu = m.harts[0]!;
  regs.forEach((v, i) => (cpu.x[i + 1] = v | 0));
  // Traps land back in the program so faults keep it running through many modes.
  cpu.mtvec = RAM_BASE;
  cpu.stvec = RAM_BASE + 8;
  const exit = m.run(maxInstructions);
  // Host-side statistics (decode cache, fetch-page cache, block cache) differ between tiers.
  const events = Object.fromEntries(Object.entries(m.stats().events).filter(([k]) => k !== 'decodeMisses' && k !== 'tlbHits' && !k.startsWith('blocks.')));
  return { exit, state: { x: Array.from(cpu.x), pc: cpu.pc, priv: cpu.priv, out, events, cycles: m.stats().cycles } };
}

describe('hostile guest code', () => {
  it('random programs in random modes only produce typed exits, within the budget, deterministically, the same on both tiers', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 64 }), fc.array(pointer, { minLength: 31, maxLength: 31 }), (words, regs) => {
        const a = runGuest(words, regs, 5_000);
        const exit = a.exit as { kind: string; instructions: number };
        expect(['budget', 'poweroff', 'halted']).toContain(exit.kind);
        expect(exit.instructions).toBeLessThanOrEqual(5_000);
        expect(runGuest(words, regs, 5_000)).toEqual(a);
        expect(runGuest(words, regs, 5_000, 'jit')).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });
});
