// Interrupts on the hart (RISC-V privileged spec 20211203, §3.1.6.1, §3.1.7, §3.1.9, §3.3.3,
// §4.1.3): which pending interrupts are taken in which mode, their priority, vectored trap
// targets, WFI, software-written pending bits and device lines, and the CLINT timer through
// the VirtMachine (including the kernel-style forwarding of a machine timer to S-mode as STIP).

import { describe, expect, it } from 'vitest';
import { CSR, PRIV_M, PRIV_S, PRIV_U } from '../../../hypervisor/machine/cpu.ts';
import { CYCLES_PER_TICK } from '../../../hypervisor/machine/costs.ts';
import {
  MIP_MEIP,
  MIP_MSIP,
  MIP_MTIP,
  MIP_SEIP,
  MIP_SSIP,
  MIP_STIP,
  MSTATUS_MIE,
  MSTATUS_MPIE,
  MSTATUS_MPP_SHIFT,
  MSTATUS_SIE,
  MSTATUS_SPIE,
  MSTATUS_SPP,
} from '../../../hypervisor/machine/privilege.ts';
import { Interrupt } from '../../../hypervisor/machine/trap.ts';
import { SLICE_CYCLES } from '../../../hypervisor/machine/virt.ts';
import { hart, PASS, virt, type Hart } from './harness.ts';

const INTR = 0x80000000;

/** Spinning handlers and a straight-line body (tests step the hart). */
function irqHart(): Hart {
  const h = hart(`
    .align 6
  mtrap: j mtrap
    .align 6
  strap: j strap
    .align 2
  body:
    addi a0, a0, 1
  second:
    addi a0, a0, 1
    addi a0, a0, 1
  `);
  h.cpu.csrWrite(CSR.mtvec, h.at('mtrap'));
  h.cpu.csrWrite(CSR.stvec, h.at('strap'));
  return h;
}

/** Steps once and says where the hart went: 'M' or 'S' handler, or 'on' (executed the instruction). */
function stepWhere(h: Hart): 'M' | 'S' | 'on' {
  h.cpu.step();
  if (h.cpu.pc === h.at('mtrap')) return 'M';
  if (h.cpu.pc === h.at('strap')) return 'S';
  expect(h.cpu.pc).toBe(h.at('second'));
  return 'on';
}

const MODES = [['U', PRIV_U], ['S', PRIV_S], ['M', PRIV_M]] as const;

describe('global enables (§3.1.6.1, §3.1.9)', () => {
  for (const [name, priv] of MODES) {
    for (const mie of [false, true]) {
      const taken = priv !== PRIV_M || mie;
      it(`a pending, enabled M-level interrupt in ${name}-mode with MIE=${mie ? 1 : 0} is ${taken ? 'taken into M' : 'not taken'}`, () => {
        const h = irqHart();
        const c = h.cpu;
        c.csrWrite(CSR.mie, MIP_MSIP);
        c.csrWrite(CSR.mstatus, mie ? MSTATUS_MIE : 0);
        c.setInterruptLine(Interrupt.MSI, true);
        h.enter(priv, 'body');
        expect(stepWhere(h)).toBe(taken ? 'M' : 'on');
        if (taken) {
          expect(c.mcause >>> 0).toBe((INTR | Interrupt.MSI) >>> 0);
          // The interrupted instruction has not executed: mepc points at it.
          expect([c.mepc, c.x[10]]).toEqual([h.at('body'), 0]);
          expect(c.mtval).toBe(0);
          expect((c.mstatus >>> MSTATUS_MPP_SHIFT) & 3).toBe(priv);
          expect(c.mstatus & (MSTATUS_MIE | MSTATUS_MPIE)).toBe(mie ? MSTATUS_MPIE : 0);
        }
      });
    }
  }

  it('an interrupt pending in mip but not enabled in mie is never taken', () => {
    const h = irqHart();
    h.cpu.csrWrite(CSR.mie, MIP_MTIP);
    h.cpu.setInterruptLine(Interrupt.MSI, true);
    h.enter(PRIV_U, 'body');
    expect(stepWhere(h)).toBe('on');
  });

  for (const [name, priv] of MODES) {
    for (const sie of [false, true]) {
      const taken = priv === PRIV_U || (priv === PRIV_S && sie);
      it(`a delegated interrupt in ${name}-mode with SIE=${sie ? 1 : 0} (MIE=1) is ${taken ? 'taken into S' : 'not taken'}`, () => {
        const h = irqHart();
        const c = h.cpu;
        c.csrWrite(CSR.mideleg, MIP_SSIP);
        c.csrWrite(CSR.mie, MIP_SSIP);
        c.csrWrite(CSR.mip, MIP_SSIP);
        c.csrWrite(CSR.mstatus, MSTATUS_MIE | (sie ? MSTATUS_SIE : 0));
        h.enter(priv, 'body');
        expect(stepWhere(h)).toBe(taken ? 'S' : 'on');
        if (taken) {
          expect(c.scause >>> 0).toBe((INTR | Interrupt.SSI) >>> 0);
          expect([c.sepc, c.stval]).toEqual([h.at('body'), 0]);
          expect(c.mstatus & MSTATUS_SPP).toBe(priv === PRIV_S ? MSTATUS_SPP : 0);
          expect(c.mstatus & (MSTATUS_SIE | MSTATUS_SPIE)).toBe(sie ? MSTATUS_SPIE : 0);
          expect(c.mcause, 'M trap registers untouched').toBe(0);
        }
      });
    }
  }
});

describe('priority (§3.1.9: MEI > MSI > MTI > SEI > SSI > STI)', () => {
  it('with all six pending in U-mode, undelegated, they are taken in the spec order', () => {
    const h = irqHart();
    const c = h.cpu;
    c.csrWrite(CSR.mie, 0xaaa);
    const taken: number[] = [];
    for (let k = 0; k < 6; k++) {
      // Re-raise everything not yet taken, then see which one wins.
      let sw = MIP_SSIP | MIP_STIP | MIP_SEIP;
      const lines = [Interrupt.MEI, Interrupt.MSI, Interrupt.MTI];
      for (const t of taken) sw &= ~(1 << t);
      c.csrWrite(CSR.mip, sw);
      for (const l of lines) c.setInterruptLine(l, !taken.includes(l));
      h.enter(PRIV_U, 'body');
      expect(stepWhere(h)).toBe('M');
      taken.push(c.mcause & 0x7fffffff);
    }
    expect(taken).toEqual([Interrupt.MEI, Interrupt.MSI, Interrupt.MTI, Interrupt.SEI, Interrupt.SSI, Interrupt.STI]);
  });

  it('delegated interrupts are ordered SEI > SSI > STI among themselves (§4.1.3)', () => {
    const h = irqHart();
    const c = h.cpu;
    c.csrWrite(CSR.mideleg, 0x222);
    c.csrWrite(CSR.mie, 0x222);
    const order: number[] = [];
    for (const pending of [MIP_SSIP | MIP_STIP | MIP_SEIP, MIP_SSIP | MIP_STIP, MIP_STIP]) {
      c.csrWrite(CSR.mip, pending);
      h.enter(PRIV_U, 'body');
      expect(stepWhere(h)).toBe('S');
      order.push(c.scause & 0x7fffffff);
    }
    expect(order).toEqual([Interrupt.SEI, Interrupt.SSI, Interrupt.STI]);
  });

  it('an interrupt destined for M wins over a higher-priority one delegated to S (M-mode traps are handled first)', () => {
    const h = irqHart();
    const c = h.cpu;
    c.csrWrite(CSR.mideleg, MIP_SEIP);
    c.csrWrite(CSR.mie, MIP_SEIP | MIP_STIP);
    c.csrWrite(CSR.mip, MIP_SEIP | MIP_STIP);
    h.enter(PRIV_U, 'body');
    expect(stepWhere(h)).toBe('M');
    expect(c.mcause & 0x7fffffff).toBe(Interrupt.STI);
  });
});

describe('vectored trap vectors (§3.1.7, §4.1.2)', () => {
  // One spinning jump per vector entry: a step takes the interrupt and then runs the entry.
  const SPIN_TABLE = Array.from({ length: 16 }, (_, k) => `v${k}: j v${k}`).join('\n');

  it('vectored mtvec sends interrupt cause n to BASE + 4n and exceptions to BASE', () => {
    const h = hart(`
      .align 6
    vec:
      ${SPIN_TABLE}
    body:
      ecall
    `);
    const c = h.cpu;
    c.csrWrite(CSR.mtvec, h.at('vec') | 1);
    c.csrWrite(CSR.mie, MIP_MTIP | MIP_MEIP);
    for (const cause of [Interrupt.MTI, Interrupt.MEI]) {
      c.setInterruptLine(cause, true);
      h.enter(PRIV_U, 'body');
      c.step();
      expect(c.pc, `cause ${cause}`).toBe(h.at('vec') + 4 * cause);
      c.setInterruptLine(cause, false);
    }
    h.enter(PRIV_U, 'body');
    c.step();
    expect([c.pc, c.mcause]).toEqual([h.at('vec'), 8]);
  });

  it('vectored stvec sends a delegated interrupt to BASE + 4 x cause', () => {
    const h = hart(`
      .align 6
    vec:
      ${SPIN_TABLE}
    body:
      nop
    `);
    const c = h.cpu;
    c.csrWrite(CSR.stvec, h.at('vec') | 1);
    c.csrWrite(CSR.mideleg, MIP_STIP);
    c.csrWrite(CSR.mie, MIP_STIP);
    c.csrWrite(CSR.mip, MIP_STIP);
    h.enter(PRIV_U, 'body');
    c.step();
    expect([c.priv, c.pc, c.scause >>> 0]).toEqual([PRIV_S, h.at('vec') + 4 * Interrupt.STI, (INTR | Interrupt.STI) >>> 0]);
  });
});

describe('WFI (§3.3.3)', () => {
  const WFI_PROG = `
    .align 6
  mtrap: j mtrap
    .align 2
  body:
    wfi
  after:
    li a0, 7
  end: nop
  `;

  it('waits while mip & mie is 0 even with interrupts globally disabled, then continues at the next instruction without trapping', () => {
    const h = hart(WFI_PROG);
    const c = h.cpu;
    c.csrWrite(CSR.mtvec, h.at('mtrap'));
    c.csrWrite(CSR.mie, MIP_MEIP);
    h.enter(PRIV_M, 'body'); // MIE = 0
    expect(c.run(100)).toEqual({ kind: 'wfi', steps: 1 });
    expect(c.waiting).toBe(true);
    // Still waiting: a pending but disabled interrupt does not wake it.
    c.setInterruptLine(Interrupt.MSI, true);
    expect(c.run(100).kind).toBe('wfi');
    expect(c.x[10]).toBe(0);
    c.setInterruptLine(Interrupt.MEI, true);
    expect(c.waiting).toBe(false);
    h.runTo('end', 2);
    expect(c.x[10]).toBe(7);
    expect(c.mcause).toBe(0);
  });

  it('when the waking interrupt is enabled it is taken with mepc = the instruction after the WFI', () => {
    const h = hart(WFI_PROG);
    const c = h.cpu;
    c.csrWrite(CSR.mtvec, h.at('mtrap'));
    c.csrWrite(CSR.mie, MIP_MTIP);
    c.csrWrite(CSR.mstatus, MSTATUS_MIE);
    h.enter(PRIV_M, 'body');
    expect(c.run(100).kind).toBe('wfi');
    c.setInterruptLine(Interrupt.MTI, true);
    c.step();
    expect([c.pc, c.mepc, c.mcause >>> 0]).toEqual([h.at('mtrap'), h.at('after'), (INTR | Interrupt.MTI) >>> 0]);
  });

  it('wfi in S-mode waits for a delegated interrupt even with SIE=0', () => {
    const h = hart(WFI_PROG);
    const c = h.cpu;
    c.csrWrite(CSR.mideleg, MIP_SSIP);
    c.csrWrite(CSR.mie, MIP_SSIP);
    h.enter(PRIV_S, 'body');
    expect(c.run(100).kind).toBe('wfi');
    c.csrWrite(CSR.mip, MIP_SSIP);
    h.runTo('end', 2);
    expect([c.priv, c.x[10]]).toEqual([PRIV_S, 7]);
  });
});

describe('software-written pending bits and interrupt lines (§3.1.9, §4.1.3)', () => {
  it('S-mode raises its own software interrupt through sip.SSIP when it is delegated', () => {
    const h = hart(`
      .align 6
    strap: j strap
      .align 2
    body:
      csrsi sip, 2
    next:
      nop
    `);
    const c = h.cpu;
    c.csrWrite(CSR.stvec, h.at('strap'));
    c.csrWrite(CSR.mideleg, MIP_SSIP);
    c.csrWrite(CSR.mie, MIP_SSIP);
    c.csrWrite(CSR.mstatus, MSTATUS_SIE);
    h.enter(PRIV_S, 'body');
    c.step(); // csrsi
    expect(c.pc).toBe(h.at('next'));
    c.step(); // the interrupt, before `next` executes
    expect([c.pc, c.scause >>> 0, c.sepc]).toEqual([h.at('strap'), (INTR | Interrupt.SSI) >>> 0, h.at('next')]);
  });

  it('sip.SSIP is read-only zero when SSI is not delegated; mip.SSIP stays writable from M', () => {
    const h = hart('nop');
    const c = h.cpu;
    c.csrWrite(CSR.sip, MIP_SSIP);
    expect(c.csrRead(CSR.mip)! & MIP_SSIP).toBe(0);
    c.csrWrite(CSR.mip, MIP_SSIP);
    expect(c.csrRead(CSR.mip)! & MIP_SSIP).toBe(MIP_SSIP);
    expect(c.csrRead(CSR.sip)).toBe(0);
  });

  it('MSIP, MTIP and MEIP follow their lines and cannot be written through mip; SEIP is line OR software bit', () => {
    const h = hart('nop');
    const c = h.cpu;
    c.csrWrite(CSR.mip, 0xfff);
    expect(c.csrRead(CSR.mip)).toBe(MIP_SSIP | MIP_STIP | MIP_SEIP);
    c.csrWrite(CSR.mip, 0);
    c.setInterruptLine(Interrupt.MSI, true);
    c.setInterruptLine(Interrupt.MEI, true);
    c.setInterruptLine(Interrupt.SEI, true);
    expect(c.csrRead(CSR.mip)).toBe(MIP_MSIP | MIP_MEIP | MIP_SEIP);
    c.csrWrite(CSR.mip, 0); // does not clear the lines
    expect(c.csrRead(CSR.mip)).toBe(MIP_MSIP | MIP_MEIP | MIP_SEIP);
    c.setInterruptLine(Interrupt.SEI, false);
    c.setInterruptLine(Interrupt.MSI, false);
    expect(c.csrRead(CSR.mip)).toBe(MIP_MEIP);
    c.csrWrite(CSR.mip, MIP_SEIP);
    c.setInterruptLine(Interrupt.SEI, true);
    c.setInterruptLine(Interrupt.SEI, false);
    expect(c.csrRead(CSR.mip)! & MIP_SEIP, 'the software SEIP bit survives the line falling').toBe(MIP_SEIP);
  });

  it('csrrs/csrrc on mip modify only the software SEIP bit, not the PLIC signal OR-ed into the value read (§3.1.9)', () => {
    const h = hart(`
    body:
      csrr a0, mip
      csrrsi a1, mip, 2
      csrrci a2, mip, 2
      csrrs a3, mip, zero
    end:
      nop
    `);
    const c = h.cpu;
    h.enter(PRIV_M, 'body');
    c.setInterruptLine(Interrupt.SEI, true);
    h.runTo('end', 4);
    // Every read shows the line; the writes set and clear SSIP without latching SEIP in software.
    expect([c.x[10], c.x[11], c.x[12], c.x[13]].map((v) => v! >>> 0)).toEqual([MIP_SEIP, MIP_SEIP, MIP_SEIP | MIP_SSIP, MIP_SEIP]);
    c.setInterruptLine(Interrupt.SEI, false);
    expect(c.csrRead(CSR.mip)).toBe(0);
    // A software SEIP set by a csrrs stays set with the line low, and csrrc clears it.
    c.csrWrite(CSR.mip, MIP_SEIP);
    c.setInterruptLine(Interrupt.SEI, true);
    c.setInterruptLine(Interrupt.SEI, false);
    expect(c.csrRead(CSR.mip)).toBe(MIP_SEIP);
  });

  it('a line lowered before the hart looks is not taken', () => {
    const h = irqHart();
    const c = h.cpu;
    c.csrWrite(CSR.mie, MIP_MEIP);
    h.enter(PRIV_U, 'body');
    c.setInterruptLine(Interrupt.MEI, true);
    c.setInterruptLine(Interrupt.MEI, false);
    expect(stepWhere(h)).toBe('on');
  });
});

describe('CLINT timer through the VirtMachine (§3.2.1)', () => {
  const CLINT = 0x02000000;
  /** Hart 0 arms mtimecmp = mtime + DELTA ticks; the handler stores mtime at entry and the armed deadline. */
  const timerProgram = (idle: 'wfi' | 'spin' | 'div', delta: number): string => `
      la t0, mtrap
      csrw mtvec, t0
      li s0, ${CLINT}
      li t0, 0x4000
      add s1, s0, t0            # &mtimecmp[0]
      li t0, 0xbff8
      add s2, s0, t0            # &mtime
      li t0, -1
      sw t0, 4(s1)              # no interrupt while the halves are written
      lw t1, 0(s2)
      li t2, ${delta}
      add t1, t1, t2
      sw t1, 0(s1)
      sw zero, 4(s1)
      la t0, armed
      sw t1, 0(t0)
      li t0, 0x80
      csrw mie, t0
      csrsi mstatus, 8
    idle:
      ${idle === 'wfi' ? 'wfi' : idle === 'div' ? 'div a3, a2, a2' : 'nop'}
      j idle
      .align 2
    mtrap:
      lw t1, 0(s2)
      la t0, fired
      sw t1, 0(t0)
      csrr t1, time
      sw t1, 4(t0)
      csrr t1, mcause
      sw t1, 8(t0)
      ${PASS}
      .align 4
    armed: .word 0
    fired: .word 0, 0, 0
  `;

  it('a WFI-idle hart is woken at exactly the deadline: idle time jumps to mtimecmp', () => {
    const v = virt(timerProgram('wfi', 50_000));
    const exit = v.machine.run(1_000_000);
    expect(exit.kind).toBe('poweroff');
    const armed = v.word(v.at('armed'));
    const fired = v.word(v.at('fired'));
    expect(v.word(v.at('fired') + 8) >>> 0).toBe((INTR | Interrupt.MTI) >>> 0);
    // A handful of instructions run between the wake-up and the mtime read (tens of cycles, < 10 ticks).
    expect(fired - armed).toBeGreaterThanOrEqual(0);
    expect(fired - armed).toBeLessThan(10);
    // The time CSR reads the CLINT's mtime.
    expect(v.word(v.at('fired') + 4) - fired).toBeGreaterThanOrEqual(0);
    expect(v.word(v.at('fired') + 4) - fired).toBeLessThan(2);
    // 50 000 ticks of 10 MHz = 5 ms of simulated time = 500 000 cycles at 100 MHz.
    expect(v.machine.stats().cycles).toBeGreaterThanOrEqual(armed * CYCLES_PER_TICK);
    expect(armed * CYCLES_PER_TICK).toBeGreaterThan(50_000 * CYCLES_PER_TICK - 1);
  });

  for (const idle of ['spin', 'div'] as const) {
    it(`a busy hart (${idle} loop) takes the timer within about one slice of the deadline, never before`, () => {
      // Timers are evaluated between the hart's run calls, which virt.ts sizes by the hart's
      // cycles per instruction so a slice (SLICE_CYCLES) is not overshot by the cost of its most
      // expensive instruction (a div costs 34 cycles, a nop 1: costs.ts).
      const v = virt(timerProgram(idle, 20_000));
      expect(v.machine.run(10_000_000).kind).toBe('poweroff');
      expect(v.word(v.at('fired') + 8) >>> 0).toBe((INTR | Interrupt.MTI) >>> 0);
      const late = v.word(v.at('fired')) - v.word(v.at('armed'));
      expect(late).toBeGreaterThanOrEqual(0);
      expect(late).toBeLessThanOrEqual(1.5 * (SLICE_CYCLES / CYCLES_PER_TICK));
    });
  }

  it('a deadline in the past raises MTIP at once; mtimecmp set to all ones clears it', () => {
    const v = virt(`
      li s0, ${CLINT}
      li t0, 0x4000
      add s1, s0, t0
      csrr a0, mip              # mtimecmp is 0 at reset (QEMU 7.2): MTIP pending
      li t0, -1
      sw t0, 4(s1)
      sw t0, 0(s1)
      csrr a1, mip
      la t0, out
      sw a0, 0(t0)
      sw a1, 4(t0)
      ${PASS}
      .align 4
    out: .word 0, 0
    `);
    expect(v.machine.run(10_000).kind).toBe('poweroff');
    expect(v.word(v.at('out')) & MIP_MTIP).toBe(MIP_MTIP);
    expect(v.word(v.at('out') + 4) & MIP_MTIP).toBe(0);
  });

  it('kernel-style forwarding: the M timer handler sets mip.STIP and masks MTIE; S takes the delegated STI and clears STIP through an ecall', () => {
    const v = virt(`
      la t0, mtrap
      csrw mtvec, t0
      la t0, strap
      csrw stvec, t0
      li t0, -1
      csrw pmpaddr0, t0
      li t0, 0x1f
      csrw pmpcfg0, t0
      li t0, 0x20
      csrw mideleg, t0          # STI to S
      li t0, 0x200
      csrw medeleg, zero
      li t0, 0xa0
      csrw mie, t0              # MTIE | STIE
      # arm the timer 1000 ticks ahead
      li s0, 0x02004000
      li s2, 0x0200bff8
      li t0, -1
      sw t0, 4(s0)
      lw t1, 0(s2)
      addi t1, t1, 1000
      sw t1, 0(s0)
      sw zero, 4(s0)
      # drop to S with SIE=1
      li t0, 0x1800
      csrc mstatus, t0
      li t0, 0x800
      csrs mstatus, t0
      csrsi sstatus, 2
      la t0, supervisor
      csrw mepc, t0
      mret
    supervisor:
      j supervisor
      .align 2
    mtrap:
      csrr t0, mcause
      bltz t0, m_timer
      # ecall from S: clear STIP, re-enable nothing, return past the ecall
      li t0, 0x20
      csrc mip, t0
      csrr t0, mepc
      addi t0, t0, 4
      csrw mepc, t0
      mret
    m_timer:
      li t0, 0x20
      csrs mip, t0
      li t0, 0x80
      csrc mie, t0
      mret
      .align 2
    strap:
      csrr s3, scause
      csrr s4, sip
      ecall
      csrr s5, sip
      la t0, out
      sw s3, 0(t0)
      sw s4, 4(t0)
      sw s5, 8(t0)
      ${PASS}
      .align 4
    out: .word 0, 0, 0
    `);
    expect(v.machine.run(1_000_000).kind).toBe('poweroff');
    expect(v.word(v.at('out')) >>> 0).toBe((INTR | Interrupt.STI) >>> 0);
    expect(v.word(v.at('out') + 4) & MIP_STIP).toBe(MIP_STIP);
    expect(v.word(v.at('out') + 8) & MIP_STIP).toBe(0);
    const events = v.machine.stats().events;
    expect(events['interrupt.MTI']).toBe(1);
    expect(events['interrupt.STI']).toBe(1);
  });
});
