// The block tier on the cases a translator gets wrong: stores into the block that is running
// (and into other blocks of its page), device loads in a hot loop (the block must end so the
// next instruction sees attention), precise faults in the middle of a block, fetching from a
// device, timer interrupts under VirtMachine. Each is compared with the interpreter.

import { describe, expect, it } from 'vitest';
import { assemble } from '../../../../hypervisor/machine/asm.ts';
import { BlockTier } from '../../../../hypervisor/machine/jit/block-tier.ts';
import { RAM_BASE } from '../../../../hypervisor/machine/memory.ts';
import { VirtMachine } from '../../../../hypervisor/machine/virt.ts';
import { hart, image, runBoth, state } from './harness.ts';

const EXIT = `
  li t6, 0x100000
  li t5, 0x5555
  sw t5, 0(t6)
halt:
  j halt
`;

const SLICES = [3, 17, 5, 100, 1, 1, 2, 1000, 1_000_000];

function expectSameRuns(src: string, slices = SLICES): ReturnType<typeof runBoth> {
  const r = runBoth(src, slices);
  expect(r.jit).toEqual(r.interp);
  return r;
}

describe('self-modifying code', () => {
  it('a store that rewrites the next instruction of the running block takes effect at once', () => {
    // Each pass of one self-looping block raises the immediate of its own `patch` instruction,
    // which runs right after the store: a0 sums 2, 3, ..., 101.
    const r = expectSameRuns(`
      li s0, 100
      la s1, patch
      lw s2, 0(s1)
      li s3, 1
      slli s3, s3, 20         # +1 in the I-immediate field
    loop:
      add s2, s2, s3
      sw s2, 0(s1)
    patch:
      addi a0, a0, 1
      addi s0, s0, -1
      bnez s0, loop
      ${EXIT}`);
    const a0 = (r.interp.at(-1) as { x: number[] }).x[10];
    expect(a0).toBe(5150);
    expect(r.h.tier!.cache.counters.invalidated).toBeGreaterThan(0);
  });

  it('a store into the page of a running block but not into it keeps the block', () => {
    const r = expectSameRuns(`
      li s0, 100
      la s1, word
    loop:
      sw s0, 0(s1)
      lw t0, 0(s1)
      add a0, a0, t0
      addi s0, s0, -1
      bnez s0, loop
      ${EXIT}
    word:
      .word 0
    `);
    expect((r.interp.at(-1) as { x: number[] }).x[10]).toBe(5050);
    expect(r.h.tier!.cache.counters.invalidated).toBe(0);
  });

  it('byte and halfword stores into code, and stores to data on a code page, match the interpreter', () => {
    expectSameRuns(`
      la s1, target
      la s4, word
      li s0, 50
    loop:
      sw s0, 0(s4)            # data on the code page: blocks stay valid
      lw t1, 0(s4)
      add a1, a1, t1
      andi t0, s0, 7
      bnez t0, next
      sb s0, 2(s1)            # changes target's rs1/imm bits
      sh s0, 0(s1)
    next:
      jal ra, target
      addi s0, s0, -1
      bnez s0, loop
      ${EXIT}
    target:
      addi a2, a2, 3
      ret
    word:
      .word 0
    `);
  });

  it('a block overwritten by another block on its page is retranslated', () => {
    expectSameRuns(`
      li s0, 30
      la s1, f
      la s2, g
    loop:
      jal ra, f
      lw t0, 0(s2)
      andi t1, s0, 1
      beqz t1, copy
      lw t0, 4(s2)
    copy:
      sw t0, 0(s1)            # f's first instruction becomes one of g's
      addi s0, s0, -1
      bnez s0, loop
      ${EXIT}
    f:
      addi a0, a0, 1
      ret
    g:
      addi a0, a0, 7
      xori a0, a0, 5
    `);
  });
});

describe('slow paths inside blocks', () => {
  it('device loads in a hot loop read the device exactly as often as the interpreter', () => {
    const r = expectSameRuns(`
      li s0, 200
      li s1, 0x200000
    loop:
      lw t0, 0(s1)
      add a0, a0, t0
      addi s0, s0, -1
      bnez s0, loop
      ${EXIT}`);
    expect((r.jit.at(-1) as { deviceReads: number }).deviceReads).toBe(200);
  });

  it('an interrupt raised by a device load is taken before the next instruction of the block', () => {
    const r = expectSameRuns(`
      la t0, handler
      csrw mtvec, t0
      li t0, 8
      csrw mie, t0            # MSIE
      csrsi mstatus, 8
      li s0, 60
      li s1, 0x200000
    loop:
      lw t0, 0(s1)            # every 5th read raises MSIP
      addi a1, a1, 1
      add a2, a2, a1
      addi s0, s0, -1
      bnez s0, loop
      ${EXIT}
    handler:
      sw zero, 4(s1)          # lower the line
      add a3, a3, a1          # where in the loop the interrupt landed
      addi a4, a4, 1
      mret
    `);
    const last = r.jit.at(-1) as { x: number[] };
    expect(last.x[14]).toBe(12);
  });

  it('a load fault in the middle of a block leaves pc, registers and counts as the interpreter', () => {
    const src = `
      la t0, handler
      csrw mtvec, t0
      li a0, 1
      li s0, 3
    loop:
      addi a0, a0, 1
      addi a1, a1, 2
      lw a2, 0(zero)          # access fault: nothing at address 0
      addi a3, a3, 3
      addi s0, s0, -1
      bnez s0, loop
      ${EXIT}
    handler:
      csrr t1, mepc
      csrr t2, mcause
      add a4, a4, t2
      addi t1, t1, 4
      csrw mepc, t1
      mret
    `;
    const r = expectSameRuns(src, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1000]);
    const last = r.jit.at(-1) as { x: number[]; csrs: Record<string, number> };
    expect(last.x[14]).toBe(3 * 5); // three load access faults (cause 5)
    // The handler left mepc just past the faulting load (loop + 8).
    expect(last.csrs['mepc']).toBe(assemble(src, { base: RAM_BASE }).symbols.get('loop')! + 12);
  });

  it('jumping into device memory fetches from the bus (and faults there) as the interpreter', () => {
    expectSameRuns(`
      la t0, handler
      csrw mtvec, t0
      li t1, 0x200000
      jalr ra, 0(t1)          # the counter device answers fetches with small (illegal) words
      li t1, 0x300000
      jalr ra, 0(t1)          # nothing there: instruction access fault
      ${EXIT}
    handler:
      csrr t2, mcause
      add a0, a0, t2
      csrr t1, mepc
      csrw mepc, ra
      mret
    `);
  });

  it('the hart can be run one instruction at a time through a hot loop', () => {
    const img = image(`
      li s0, 40
    loop:
      addi a0, a0, 3
      sw a0, 256(zero)
      addi s0, s0, -1
      bnez s0, loop
      ${EXIT}`);
    const a = hart(img, false);
    const b = hart(img, true);
    for (let i = 0; i < 200; i++) {
      expect(b.cpu.run(1)).toEqual(a.cpu.run(1));
      expect(state(b)).toEqual(state(a));
    }
  });
});

describe('address translation', () => {
  it('one physical block mapped at two virtual addresses runs with each address (Sv32 alias)', () => {
    // S-mode with a root table mapping the 4 MiB superpages at 0x80000000 and 0x40000000 to
    // the same RAM: f's auipc must see the virtual pc it was fetched from.
    const r = expectSameRuns(`
      la t0, mhandler
      csrw mtvec, t0
      li t1, -1
      csrw pmpaddr0, t1
      li t1, 0x0f             # TOR, RWX: S-mode may use all memory
      csrw pmpcfg0, t1
      la t0, pt
      li t1, 0x200000cf       # PPN 0x80000, D A X W R V
      sw t1, 1024(t0)         # VPN[1] = 256: 0x40000000
      addi t4, t0, 2047
      sw t1, 1(t4)            # VPN[1] = 512: 0x80000000
      srli t2, t0, 12
      li t3, 0x80000000
      or t2, t2, t3
      csrw satp, t2
      li t1, 0x1800
      csrc mstatus, t1
      li t1, 0x800
      csrs mstatus, t1        # MPP = S
      la t1, s_entry
      csrw mepc, t1
      mret
    s_entry:
      li s0, 50
      la s1, f
      li t0, 0x40000000
      sub s2, s1, t0          # f's alias
    loop:
      jalr ra, 0(s1)
      add s3, s3, a0
      jalr ra, 0(s2)
      add s4, s4, a0
      addi s0, s0, -1
      bnez s0, loop
      ecall
    f:
      auipc a0, 0
      addi a0, a0, 1
      ret
    mhandler:
      ${EXIT}
      .data
      .balign 4096
    pt:
      .space 4096
    `);
    const x = (r.jit.at(-1) as { x: number[] }).x;
    expect((x[19]! - x[20]!) | 0).toBe((50 * 0x40000000) | 0);
  });
});

describe('fetches PMP checks per access', () => {
  it('U-mode code on a page that a PMP boundary splits runs step by step as the interpreter', () => {
    // Entry 0: TOR up to `boundary`, RWX; entry 1: TOR up to the top, RW. The page holding the
    // U-mode loop is not uniformly executable, so the hart cannot cache it for fetches.
    const img = image(`
      la t0, mhandler
      csrw mtvec, t0
      la t1, boundary
      srli t1, t1, 2
      csrw pmpaddr0, t1
      li t1, -1
      csrw pmpaddr1, t1
      li t1, 0x0b0f           # entry 1: TOR RW; entry 0: TOR RWX
      csrw pmpcfg0, t1
      li t1, 0x1800
      csrc mstatus, t1        # MPP = U
      la t1, ucode
      csrw mepc, t1
      la s1, buf
      mret
    ucode:
      li s0, 30
    uloop:
      lw t0, 0(s1)
      addi t0, t0, 7
      sw t0, 0(s1)
      addi s0, s0, -1
      bnez s0, uloop
      ecall
    boundary:
      nop
    mhandler:
      csrr a0, mcause
      ${EXIT}
      .data
    buf:
      .word 5
    `);
    const a = hart(img, false);
    const b = hart(img, true);
    // Count fetch translations: the tier must ask exactly as often as the interpreter.
    const refills = [0, 0];
    [a, b].forEach((h, i) => {
      const refill = h.cpu.fetchRefill.bind(h.cpu);
      h.cpu.fetchRefill = (pc: number): number => (refills[i]!++, refill(pc));
    });
    for (const n of SLICES) {
      expect(b.cpu.run(n)).toEqual(a.cpu.run(n));
      expect(state(b)).toEqual(state(a));
    }
    expect(refills[1]).toBe(refills[0]);
    expect(refills[0]).toBeGreaterThan(150); // every U-mode instruction: the page is not cached
    const last = state(b) as { x: number[] };
    expect(last.x[10]).toBe(8); // ecall from U
  });
});

describe('interrupts', () => {
  // A timer interrupt every 300 ticks; the handler prints a letter and counts; the main loop
  // (one hot block, with and without a device read of mtime in it) runs until 12 interrupts.
  const timerProgram = (withMtimeRead: boolean): string => `
      la t0, handler
      csrw mtvec, t0
      li s0, 0x0200bff8
      li s1, 0x02004000
      lw t1, 0(s0)
      addi t1, t1, 300
      sw zero, 4(s1)
      sw t1, 0(s1)
      li t0, 0x80
      csrw mie, t0
      csrsi mstatus, 8
      li s3, 12
    loop:
      addi a0, a0, 1
      xor a1, a1, a0
      ${withMtimeRead ? 'lw a2, 0(s0)' : 'add a2, a2, a1'}
      blt s2, s3, loop
      csrci mstatus, 8
      li t3, 0x10000000
      andi t4, a0, 63
      addi t4, t4, 48
      sb t4, 0(t3)
      ${EXIT}
    handler:
      addi s2, s2, 1
      li t3, 0x10000000
      addi t4, s2, 64
      sb t4, 0(t3)
      lw t1, 0(s1)
      addi t1, t1, 300
      sw t1, 0(s1)
      mret
  `;

  for (const withMtimeRead of [false, true]) {
    it(`timer interrupts land on the same instructions under both tiers${withMtimeRead ? ' (loop reads mtime)' : ''}`, () => {
      const bytes = image(timerProgram(withMtimeRead));
      const run = (jit: boolean) => {
        const out: number[] = [];
        const m = VirtMachine.create({ memMiB: 1, output: (b) => out.push(b) });
        m.ram.loadImage(bytes);
        if (jit) m.harts[0]!.tier = new BlockTier(m.ram, { hotness: 1 });
        const exit = m.run(5_000_000);
        return { exit, uart: Buffer.from(out).toString('latin1'), events: m.stats().events, hart: state({ cpu: m.harts[0]!, ram: m.ram }) };
      };
      const a = run(false);
      const b = run(true);
      expect(a.exit.kind).toBe('poweroff');
      expect(a.uart.startsWith('ABCDEFGHIJKL')).toBe(true);
      const compiled = b.events['blocks.compiled'];
      const events = Object.fromEntries(Object.entries(b.events).filter(([k]) => !k.startsWith('blocks.')));
      expect(compiled ?? 0).toBeGreaterThanOrEqual(0);
      expect(b.uart).toBe(a.uart);
      expect(b.exit).toEqual(a.exit);
      expect(events).toEqual(a.events);
      expect(b.hart).toEqual(a.hart);
    });
  }
});
