// The VirtMachine (QEMU virt-compatible): several harts sharing memory through AMOs and LR/SC
// (unprivileged spec 20191213 ch. 8; privileged spec 20211203 §3.1.9 for MSIP, §3.2.1 for the
// timer), printing through the UART and stopping through the SiFive finisher; deterministic runs,
// cross-hart software interrupts, the halted, budget and power-off exits, the cycle accounting,
// option validation, and the same multi-hart program on qemu-system-riscv32 when it is installed.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VirtMachine } from '../../../hypervisor/machine/virt.ts';
import { PASS, virt } from './harness.ts';

const QEMU = ['/usr/bin/qemu-system-riscv32', '/usr/local/bin/qemu-system-riscv32'].find((p) => existsSync(p));

/** Prints a1 in decimal and a newline on the UART (clobbers t0-t4, s3). */
const PRINT_DEC = `
print_dec:
  la t4, digits_end
  li t3, 10
  mv t0, a1

pd_loop:
  remu t1, t0, t3
  addi t1, t1, 48
  addi t4, t4, -1
  sb t1, 0(t4)
  divu t0, t0, t3
  bnez t0, pd_loop
  li s3, 0x10000000
pd_out:
  lbu t1, 0(t4)
  sb t1, 0(s3)
  addi t4, t4, 1
  la t2, digits_end
  bltu t4, t2, pd_out
  li t1, 10
  sb t1, 0(s3)
  ret
`;

/**
 * Every hart (a0 = mhartid) adds 1 to `counter` N times with amoadd.w and N times with an LR/SC
 * loop, then counts itself in `finished`; hart 0 waits for all, prints the total and passes.
 */
function counterProgram(harts: number, n: number): string {
  return `
    la s0, counter
    la s1, finished
    li s2, ${n}
    li t0, 0
  amo_loop:
    li t1, 1
    amoadd.w zero, t1, (s0)
    addi t0, t0, 1
    blt t0, s2, amo_loop
    li t0, 0
  lrsc_loop:
    lr.w t1, (s0)
    addi t1, t1, 1
    sc.w t2, t1, (s0)
    bnez t2, lrsc_loop
    addi t0, t0, 1
    blt t0, s2, lrsc_loop
    li t1, 1
    amoadd.w zero, t1, (s1)
    bnez a0, park
    li t3, ${harts}
  wait_all:
    lw t1, 0(s1)
    blt t1, t3, wait_all
    lw a1, 0(s0)
    call print_dec
    ${PASS}
  park:
    wfi
    j park
    ${PRINT_DEC}
    .data
    .align 4
  counter: .word 0
  finished: .word 0
  digits: .byte 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
  digits_end:
  `;
}

describe('several harts sharing memory (unpriv §8.2-8.4)', () => {
  for (const harts of [2, 4]) {
    it(`${harts} harts each add 1 N times with amoadd.w and N times with LR/SC: hart 0 prints 2 x N x ${harts}`, () => {
      // N = 10000 spans many scheduling slices: an SC.W must fail when another hart may have
      // stored to the reserved word since the LR (§8.2), or the total comes out short (it was
      // 36666 of 40000 with 2 harts before reservations were dropped at slice boundaries).
      const n = 10000;
      const v = virt(counterProgram(harts, n), { harts });
      const exit = v.machine.run(50_000_000);
      expect(exit).toMatchObject({ kind: 'poweroff', status: 'pass', code: 0 });
      expect(v.output()).toBe(`${2 * n * harts}\n`);
      expect(v.machine.stats().perHart.every((h) => h.instructions > 4 * n), 'every hart ran its loops').toBe(true);
    });
  }

  it('is deterministic: the same program gives the same output and the same stats on two runs', () => {
    const runOnce = () => {
      const v = virt(counterProgram(4, 1000), { harts: 4 });
      const exit = v.machine.run(50_000_000);
      return { exit, out: v.output(), stats: v.machine.stats() };
    };
    const a = runOnce();
    const b = runOnce();
    expect(a.out).toBe('8000\n');
    expect(b).toEqual(a);
  });

  if (QEMU !== undefined) {
    for (const harts of [2, 4]) {
      it(`prints the same total on qemu-system-riscv32 -smp ${harts}`, () => {
        const n = 10000;
        const v = virt(counterProgram(harts, n), { harts });
        const dir = mkdtempSync(join(tmpdir(), 'rf-virt-'));
        try {
          writeFileSync(join(dir, 'p.bin'), v.image);
          const out = execFileSync(
            QEMU,
            ['-M', 'virt', '-cpu', 'rv32,c=false', '-smp', String(harts), '-m', '128M', '-bios', 'none', '-kernel', 'p.bin', '-nographic', '-monitor', 'none'],
            { cwd: dir, timeout: 20_000, encoding: 'latin1' },
          );
          expect(out.replace(/\r/g, '')).toContain(`${2 * n * harts}\n`);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
        expect(v.machine.run(50_000_000).kind).toBe('poweroff');
        expect(v.output()).toBe(`${2 * n * harts}\n`);
      });
    }
  }
});

describe('cross-hart software interrupts through the CLINT (§3.1.9, msip)', () => {
  it('hart 0 raises hart 1 MSIP; hart 1 wakes from WFI into its handler, clears msip and reports back', () => {
    const v = virt(
      `
      la t0, mtrap
      csrw mtvec, t0
      la s0, flag
      bnez a0, hart1
      # hart 0: wait until hart 1 is ready, poke its msip, then wait for the flag
    h0_ready:
      lw t1, 4(s0)
      beqz t1, h0_ready
      li t0, 0x02000004        # msip[1]
      li t1, 1
      sw t1, 0(t0)
    h0_wait:
      lw t1, 0(s0)
      beqz t1, h0_wait
      ${PASS}
    hart1:
      li t0, 8
      csrw mie, t0             # MSIE only
      csrsi mstatus, 8
      li t1, 1
      sw t1, 4(s0)             # ready
    h1_idle:
      wfi
      j h1_idle
      .align 2
    mtrap:
      csrr t1, mcause
      csrr t2, mhartid
      li t0, 0x02000000
      slli t3, t2, 2
      add t0, t0, t3
      sw zero, 0(t0)           # clear our msip
      csrr t3, mip
      sw t3, 8(s0)
      sw t1, 0(s0)             # flag = mcause (non-zero)
      mret
      .data
      .align 4
    flag: .word 0, 0, 0
    `,
      { harts: 2 },
    );
    expect(v.machine.run(1_000_000)).toMatchObject({ kind: 'poweroff', status: 'pass' });
    expect(v.word(v.at('flag')) >>> 0).toBe(0x80000003);
    expect(v.word(v.at('flag') + 8) & 8, 'MSIP falls when msip is cleared').toBe(0);
    const s = v.machine.stats();
    expect(s.events['interrupt.MSI']).toBe(1);
    expect(v.machine.harts[0]!.interruptCounts[3]).toBe(0);
    expect(v.machine.harts[1]!.interruptCounts[3]).toBe(1);
  });
});

describe('machine exits', () => {
  it('halts when every hart waits in WFI and no timer can wake it', () => {
    // mtimecmp is 0 at reset, so MTIP is pending: with mie = 0 it wakes nothing.
    const v = virt('csrw mie, zero\nidle: wfi\nj idle', { harts: 2 });
    const exit = v.machine.run(1_000_000);
    expect(exit.kind).toBe('halted');
    expect(v.machine.state).toBe('loaded');
    expect(exit.instructions).toBe(4); // csrw + wfi on each hart
  });

  it('a timer in the future is not a halt: idle time skips to it', () => {
    const v = virt(`
      li t0, 0x02004000
      li t1, -1
      sw t1, 4(t0)
      li t1, 100000
      sw t1, 0(t0)
      sw zero, 4(t0)            # mtimecmp = 100000 ticks
      li t0, 0x80
      csrw mie, t0
    idle:
      wfi
      ${PASS}
    `);
    expect(v.machine.run(1_000_000).kind).toBe('poweroff');
    const s = v.machine.stats();
    expect(s.cycles).toBeGreaterThanOrEqual(100_000 * 10);
    expect(s.events['idleCycles']).toBeGreaterThan(90_000 * 10);
  });

  it('returns a budget exit after exactly the budget of instructions, and can be resumed', () => {
    for (const harts of [1, 3]) {
      const v = virt('loop: addi a1, a1, 1\nj loop', { harts });
      expect(v.machine.run(1001)).toEqual({ kind: 'budget', instructions: 1001 });
      expect(v.machine.state).toBe('loaded');
      expect(v.machine.run(999)).toEqual({ kind: 'budget', instructions: 2000 });
    }
  });

  it('a budget exit leaves machine time where the hart got to, so guests see the same time however they are driven', () => {
    const v = virt('loop: addi a1, a1, 1\nj loop');
    v.machine.run(1);
    expect(v.machine.stats().cycles).toBe(v.machine.harts[0]!.cycle);
    // The same program read mtime after 3000 iterations, driven in one call and in many small ones.
    const timeAfter = (chunks: number): number => {
      const t = virt(`
        li t0, 3000
      loop:
        addi t0, t0, -1
        bnez t0, loop
        li t1, 0x200bff8
        lw a0, 0(t1)
        la t2, seen
        sw a0, 0(t2)
        ${PASS}
        .align 2
      seen: .word 0
      `);
      let exit;
      do exit = t.machine.run(chunks);
      while (exit.kind === 'budget');
      return t.word(t.at('seen'));
    };
    expect(timeAfter(100)).toBe(timeAfter(1_000_000));
  });

  it('power-off: 0x5555 passes, (code << 16) | 0x3333 fails with the code; the machine stays powered off', () => {
    const pass = virt(PASS);
    expect(pass.machine.run(100)).toMatchObject({ kind: 'poweroff', status: 'pass', code: 0 });
    const fail = virt('li t6, 0x100000\nli t5, 0x13333\nsw t5, 0(t6)\nloop: j loop');
    const exit = fail.machine.run(100);
    expect(exit).toEqual({ kind: 'poweroff', status: 'fail', code: 1, instructions: 4 }); // li 0x13333 is lui + addi
    expect(fail.machine.state).toBe('powered-off');
    expect(fail.machine.run(100)).toEqual(exit);
  });
});

describe('cycle accounting', () => {
  /** A program that traps, touches devices, waits for a timer and powers off. */
  const BUSY = `
    la t0, mtrap
    csrw mtvec, t0
    ecall
    li t0, 0x0200bff8
    lw t1, 0(t0)
    li t2, 5000
    add t1, t1, t2
    li t0, 0x02004000
    li t2, -1
    sw t2, 4(t0)
    sw t1, 0(t0)
    sw zero, 4(t0)
    li t0, 0x80
    csrw mie, t0
    li a0, 100
  spin:
    addi a0, a0, -1
    div a1, a0, a0
    bnez a0, spin
    wfi
    ${PASS}
    .align 2
  mtrap:
    csrr t0, mepc
    addi t0, t0, 4
    csrw mepc, t0
    mret
  `;

  it('with one hart, stats().cycles equals the sum of cycleBreakdown plus idle cycles (and the hart cycle count)', () => {
    const v = virt(BUSY);
    expect(v.machine.run(1_000_000).kind).toBe('poweroff');
    const s = v.machine.stats();
    const busy = Object.values(s.cycleBreakdown).reduce((a, b) => a + b, 0);
    expect(s.events['idleCycles']).toBeGreaterThan(0);
    expect(s.events['exceptions']).toBe(1);
    expect(s.cycles).toBe(busy + s.events['idleCycles']!);
    expect(s.perHart[0]!.cycles).toBe(s.cycles);
  });
});

describe('options', () => {
  it('rejects 0 or more than 8 harts and memory sizes outside 1..2047 MiB with a RangeError', () => {
    for (const harts of [0, 9, 1.5, -1]) expect(() => VirtMachine.create({ harts }), `harts ${harts}`).toThrow(RangeError);
    for (const memMiB of [0, 2048, 0.5]) expect(() => VirtMachine.create({ memMiB }), `mem ${memMiB}`).toThrow(RangeError);
    expect(VirtMachine.create({ harts: 8, memMiB: 1 }).harts).toHaveLength(8);
  });
});
