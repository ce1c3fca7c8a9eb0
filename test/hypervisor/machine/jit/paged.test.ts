// The block tier's inline TLB-hit loads and stores (S/U with Sv32, and M with MPRV) against the
// interpreter: random loops of loads and stores over a window of 4 KiB pages with every kind of
// leaf (read-only, D clear, A clear, U, execute-only, invalid, a device page, an alias, a page
// PMP splits, a page whose TLB slot the code's own page keeps evicting), toggling SUM and MXR
// and running SFENCE.VMA in the middle, with faults skipped by a handler. Both harts run in the
// same slices and must agree on every register, CSR, counter, event (TLB hits included) and
// byte of memory after each slice.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunExit } from '../../../../hypervisor/machine/cpu.ts';
import { COUNTER_DEVICE, hart, image, state } from './harness.ts';

const WINDOW = 0x40000000;
/** Leaf flags per window page (D A G U X W R V = bits 7..0); see the header. */
const PAGES: { flags: number; target?: 'device' | 'alias' }[] = [
  { flags: 0xc7 }, // 0: normal R W
  { flags: 0x43 }, // 1: read-only: stores fault
  { flags: 0x47 }, // 2: D clear: the first store walks and sets D
  { flags: 0x07 }, // 3: A clear: the first access walks
  { flags: 0xd7 }, // 4: U page: S needs SUM
  { flags: 0xc9 }, // 5: execute-only: loads need MXR
  { flags: 0xc6 }, // 6: invalid (V clear)
  { flags: 0xc7, target: 'device' }, // 7: the test bus's counter device page
  { flags: 0xc7, target: 'alias' }, // 8: page 0's frame again
  { flags: 0xc7 }, // 9: PMP makes its upper half read-only: never cached as uniform
];
/** Page 10: window + 64 pages, page 0's frame; shares TLB slot 0 with page 0 and the code. */
const FAR = 64;

const SUM = 0x40000;
const MXR = 0x80000;

// Registers: x10..x17 random data; x18..x27 point into window pages 0..9 (offset 2048), x9 into
// page FAR; x28 counts the loop, x29 is CSR scratch; x30, x31 belong to the handlers.
const data = fc.integer({ min: 10, max: 17 }).map((n) => `x${n}`);
const BASES = [...PAGES.map((_, k) => `x${18 + k}`), 'x9'];
// Offsets from the page middle: anywhere in the page, often at its edges (crossing accesses).
const offset = fc.oneof(fc.integer({ min: -2048, max: 2047 }), fc.constantFrom(-2048, -2047, 2044, 2045, 2046, 2047));

/** One random line accessing the pages of `bases`. */
const line = (bases: readonly string[]): fc.Arbitrary<string> => {
  const base = fc.constantFrom(...bases);
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom('lb', 'lh', 'lw', 'lbu', 'lhu'), data, base, offset).map(([op, d, b, o]) => `${op} ${d}, ${o}(${b})`) },
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom('sb', 'sh', 'sw'), data, base, offset).map(([op, s, b, o]) => `${op} ${s}, ${o}(${b})`) },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom('add', 'xor', 'sub', 'mul'), data, data, data).map(([op, d, a, b]) => `${op} ${d}, ${a}, ${b}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('csrs', 'csrc'), fc.constantFrom(SUM, MXR)).map(([op, bit]) => `li x29, ${bit}\n${op} sstatus, x29`) },
    { weight: 1, arbitrary: fc.constant('sfence.vma') },
  );
};
/** A loop body over a few of the pages (so accesses meet the TLB entries earlier ones filled). */
const arbBody = fc
  .subarray(BASES, { minLength: 1, maxLength: 3 })
  .chain((bases) => fc.array(line(bases), { minLength: 1, maxLength: 24 }));

type Mode = 'S' | 'U' | 'MPRV';

function program(body: readonly string[], loops: number, mode: Mode): string {
  const leaves = PAGES.map((p, k) => {
    if (p.target === 'device') return `li t1, ${((COUNTER_DEVICE >>> 12) << 10) | p.flags}\nsw t1, ${4 * k}(t0)`;
    const frame = p.target === 'alias' ? 0 : k;
    return `la t1, pages\nli t2, ${frame * 4096}\nadd t1, t1, t2\nsrli t1, t1, 12\nslli t1, t1, 10\nori t1, t1, ${p.flags}\nsw t1, ${4 * k}(t0)`;
  });
  const enter =
    mode === 'MPRV'
      ? `li t1, 0x20800\ncsrs mstatus, t1\nj loop` // MPRV, MPP = S; stays in M
      : `li t1, 0x1800\ncsrc mstatus, t1\n${mode === 'S' ? 'li t1, 0x800\ncsrs mstatus, t1\nla t1, loop' : `la t1, loop\nli t2, ${WINDOW}\nadd t1, t1, t2`}\ncsrw mepc, t1\nmret`;
  return `
    la t0, mhandler
    csrw mtvec, t0
    la t0, shandler
    csrw stvec, t0
    li t0, ${(1 << 5) | (1 << 7) | (1 << 13) | (1 << 15) | (1 << 12)}
    csrw medeleg, t0
    # PMP: RWX below the middle of page 9, R only up to its end, RWX above.
    la t0, pages
    li t1, ${9 * 4096 + 2048}
    add t1, t0, t1
    srli t1, t1, 2
    csrw pmpaddr0, t1
    li t1, ${10 * 4096}
    add t1, t0, t1
    srli t1, t1, 2
    csrw pmpaddr1, t1
    li t1, -1
    csrw pmpaddr2, t1
    li t1, 0x0f090f
    csrw pmpcfg0, t1
    # Root: 0x40000000 -> pt2; 0x80000000 -> RAM (S code); 0xc0000000 -> RAM with U (U code).
    la t0, pt
    la t1, pt2
    srli t1, t1, 12
    slli t1, t1, 10
    ori t1, t1, 1
    li t2, 0x400
    add t2, t2, t0
    sw t1, 0(t2)
    li t1, 0x200000cf
    li t2, 0x800
    add t2, t2, t0
    sw t1, 0(t2)
    li t1, 0x200000df
    li t2, 0xc00
    add t2, t2, t0
    sw t1, 0(t2)
    la t0, pt2
    ${leaves.join('\n')}
    la t1, pages
    srli t1, t1, 12
    slli t1, t1, 10
    ori t1, t1, 0xc7
    sw t1, ${4 * FAR}(t0)
    ${PAGES.map((_, k) => `li x${18 + k}, ${WINDOW + k * 4096 + 2048}`).join('\n')}
    li x9, ${WINDOW + FAR * 4096 + 2048}
    li x28, ${loops}
    la t0, pt
    srli t0, t0, 12
    li t1, 0x80000000
    or t0, t0, t1
    csrw satp, t0
    ${enter}
  loop:
    ${body.join('\n')}
    addi x28, x28, -1
    bnez x28, loop
    ecall
  shandler:
    csrr x31, sepc
    addi x31, x31, 4
    csrw sepc, x31
    sret
  mhandler:
    csrr x30, mcause
    li x31, 8
    bltu x30, x31, skip
    li x31, 12
    bgeu x30, x31, skip
    li t4, 0x20000
    csrc mstatus, t4
    li t6, 0x100000
    li t5, 0x5555
    sw t5, 0(t6)
  halt:
    j halt
  skip:
    csrr x31, mepc
    addi x31, x31, 4
    csrw mepc, x31
    mret
    .data
    .balign 4096
  pt:
    .space 4096
  pt2:
    .space 4096
  pages:
    .space ${10 * 4096}
  `;
}

const arbSlices = fc.array(fc.integer({ min: 1, max: 150 }), { minLength: 1, maxLength: 8 }).map((s) => [...s, 1_000_000]);

function runBoth(src: string, slices: readonly number[], hotness: number, inlineRam: boolean | undefined): { interp: unknown[]; jit: unknown[] } {
  const img = image(src);
  const a = hart(img, false, {}, 128 * 1024);
  const b = hart(img, true, { hotness, inlineRam }, 128 * 1024);
  const interp: unknown[] = [];
  const jit: unknown[] = [];
  for (const n of slices) {
    const ea: RunExit = a.cpu.run(n);
    const eb: RunExit = b.cpu.run(n);
    interp.push({ exit: ea, ...state(a) });
    jit.push({ exit: eb, ...state(b) });
  }
  return { interp, jit };
}

describe('inline TLB-hit loads and stores against the interpreter', () => {
  for (const mode of ['S', 'U', 'MPRV'] as const) {
    it(`random paged accesses in ${mode === 'MPRV' ? 'M with MPRV (MPP = S)' : `${mode}-mode`} end every slice in identical state`, () => {
      fc.assert(
        fc.property(
          arbBody,
          fc.integer({ min: 1, max: 30 }),
          arbSlices,
          fc.constantFrom(1, 3),
          fc.constantFrom(undefined, true, false),
          (body, loops, slices, hotness, inlineRam) => {
            const { interp, jit } = runBoth(program(body, loops, mode), slices, hotness, inlineRam);
            expect(jit).toEqual(interp);
            expect(interp.some((s) => (s as { exit: { kind: string } }).exit.kind === 'stop')).toBe(true);
          },
        ),
        { numRuns: 50 },
      );
    });
  }

  it('every page kind, with SUM and MXR set or clear, in each mode: loads and stores as the interpreter', () => {
    for (const mode of ['S', 'U', 'MPRV'] as const) {
      for (const b of BASES) {
        for (const bits of [0, SUM, MXR, SUM | MXR]) {
          const body = [
            ...(bits !== 0 ? [`li x29, ${bits}`, 'csrs sstatus, x29'] : []),
            `lw x10, 8(${b})`,
            `sw x11, 12(${b})`,
            `lhu x12, 2046(${b})`,
            `sh x12, -2048(${b})`,
            `sb x10, 2047(${b})`,
            `lw x13, 2045(${b})`, // crosses into the next page
            `lb x14, -1(${b})`,
            'add x11, x11, x13',
            ...(bits !== 0 ? ['csrc sstatus, x29'] : []),
          ];
          const { interp, jit } = runBoth(program(body, 12, mode), [40, 7, 1_000_000], 1, undefined);
          expect(jit, `${mode} ${b} ${bits}`).toEqual(interp);
        }
      }
    }
  });

  it('S-mode jumping into a U page its TLB holds (after a SUM load) takes the fetch page fault, as the interpreter', () => {
    const src = `
      la t0, mhandler
      csrw mtvec, t0
      li t1, -1
      csrw pmpaddr0, t1
      li t1, 0x0f
      csrw pmpcfg0, t1
      la t0, pt
      li t1, 0x200000cf       # 0x80000000 -> RAM: D A X W R V
      li t2, 0x800
      add t2, t2, t0
      sw t1, 0(t2)
      li t1, 0x200000df       # 0xc0000000 -> RAM with U
      li t2, 0xc00
      add t2, t2, t0
      sw t1, 0(t2)
      srli t0, t0, 12
      li t1, 0x80000000
      or t0, t0, t1
      csrw satp, t0
      li t1, 0x1800
      csrc mstatus, t1
      li t1, 0x800
      csrs mstatus, t1
      la t1, s_entry
      csrw mepc, t1
      mret
    s_entry:
      li s0, 20
      li t0, ${SUM}
      csrs sstatus, t0
    loop:
      la t1, target
      li t2, ${WINDOW}
      add t1, t1, t2          # target's U alias
      lw t3, 0(t1)            # S may read it (SUM): the TLB now holds the U page
      jalr ra, 0(t1)          # but never execute it: instruction page fault
      addi s0, s0, -1
      bnez s0, loop
      ecall
    target:
      addi s1, s1, 1
      ret
    mhandler:
      csrr t4, mcause
      li t5, 9
      beq t4, t5, exit
      addi s2, s2, 1
      csrw mepc, ra
      mret
    exit:
      li t6, 0x100000
      li t5, 0x5555
      sw t5, 0(t6)
    halt:
      j halt
      .data
      .balign 4096
    pt:
      .space 4096
    `;
    const img = image(src);
    const a = hart(img, false, {}, 128 * 1024);
    const b = hart(img, true, { hotness: 1 }, 128 * 1024);
    for (const n of [7, 30, 1, 200, 1_000_000]) {
      expect(b.cpu.run(n)).toEqual(a.cpu.run(n));
      expect(state(b)).toEqual(state(a));
    }
    expect(a.cpu.x[18]).toBe(20); // s2: every jump faulted
    expect(a.cpu.x[9]).toBe(0); // s1: target never ran
  });

  it('a store loop over a D-clear page, then a hit-only loop, counts TLB hits exactly', () => {
    const body = ['sw x10, 0(x20)', 'lw x11, 4(x20)', 'sb x11, -7(x18)', 'lhu x12, 100(x26)', 'add x10, x10, x11'];
    const { interp, jit } = runBoth(program(body, 200, 'S'), [50, 1_000_000], 1, undefined);
    expect(jit).toEqual(interp);
    const events = (jit.at(-1) as { events: { tlbHits: number } }).events;
    expect(events.tlbHits).toBeGreaterThan(600);
  });
});
