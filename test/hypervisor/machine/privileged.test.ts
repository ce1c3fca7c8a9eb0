// The hart's privileged architecture (RISC-V privileged spec 20211203): trap entry and return in
// every mode, delegation to S, the mstatus trap bits (TSR, TW, TVM, MPRV), CSR access rules,
// counter enables, WARL legalisation, ecall causes, misaligned jumps and illegal words.
// Each test puts the hart in a mode at a label and steps it to the trap handler or an end label.

import { describe, expect, it } from 'vitest';
import { CSR, PRIV_M, PRIV_S, PRIV_U } from '../../../hypervisor/machine/cpu.ts';
import {
  MSTATUS_MIE,
  MSTATUS_MPIE,
  MSTATUS_MPP,
  MSTATUS_MPP_SHIFT,
  MSTATUS_MPRV,
  MSTATUS_SIE,
  MSTATUS_SPIE,
  MSTATUS_SPP,
  MSTATUS_TSR,
  MSTATUS_TVM,
  MSTATUS_TW,
} from '../../../hypervisor/machine/privilege.ts';
import { Exception } from '../../../hypervisor/machine/trap.ts';
import { hart, u32, type Hart } from './harness.ts';

/** Trap handlers that spin (tests step to them), then the code under test. */
const STUBS = `
  .align 2
mtrap: j mtrap
  .align 2
strap: j strap
  .align 2
`;

/** A hart whose mtvec/stvec point at the spinning handlers (direct mode). */
function trapHart(body: string): Hart {
  const h = hart(`${STUBS}\n${body}`);
  h.cpu.csrWrite(CSR.mtvec, h.at('mtrap'));
  h.cpu.csrWrite(CSR.stvec, h.at('strap'));
  return h;
}

const mpp = (mstatus: number): number => (mstatus & MSTATUS_MPP) >>> MSTATUS_MPP_SHIFT;
const MODES = [
  { name: 'U', priv: PRIV_U, ecall: Exception.EcallFromU },
  { name: 'S', priv: PRIV_S, ecall: Exception.EcallFromS },
  { name: 'M', priv: PRIV_M, ecall: Exception.EcallFromM },
] as const;

describe('trap entry into M-mode (§3.1.6.1, §3.1.14-16, §3.3.1)', () => {
  for (const mode of MODES) {
    it(`an ecall from ${mode.name} traps to M with mcause ${mode.ecall}, mepc at the ecall, mtval 0, MPP=${mode.name}, MPIE=old MIE, MIE=0`, () => {
      const h = trapHart('site: ecall');
      h.cpu.mtval = 0x1234;
      h.cpu.csrWrite(CSR.mstatus, MSTATUS_MIE);
      h.enter(mode.priv, 'site');
      h.runTo('mtrap', 1);
      const c = h.cpu;
      expect(c.priv).toBe(PRIV_M);
      expect(c.mcause).toBe(mode.ecall);
      expect(c.mepc).toBe(h.at('site'));
      expect(c.mtval).toBe(0);
      expect(mpp(c.mstatus)).toBe(mode.priv);
      expect(c.mstatus & (MSTATUS_MIE | MSTATUS_MPIE)).toBe(MSTATUS_MPIE);
    });
  }

  it('with MIE=0 a trap leaves MPIE=0 (MPIE takes the old MIE, not 1)', () => {
    const h = trapHart('site: ecall');
    h.cpu.csrWrite(CSR.mstatus, MSTATUS_MPIE);
    h.enter(PRIV_S, 'site');
    h.runTo('mtrap', 1);
    expect(h.cpu.mstatus & (MSTATUS_MIE | MSTATUS_MPIE)).toBe(0);
  });

  it('an illegal word traps with mcause 2 and mtval = the word, from U as from M (§3.1.16)', () => {
    for (const [priv, word] of [[PRIV_U, 0x00000000], [PRIV_S, 0xffffffff], [PRIV_M, 0x0000007f]] as const) {
      const h = trapHart(`site: .word ${word}`);
      h.enter(priv, 'site');
      h.runTo('mtrap', 1);
      expect(h.cpu.mcause).toBe(Exception.IllegalInstruction);
      expect(h.cpu.mtval).toBe(word);
      expect(h.cpu.mepc).toBe(h.at('site'));
      expect(mpp(h.cpu.mstatus)).toBe(priv);
    }
  });

  it('ebreak traps with cause 3 and mtval 0 (QEMU 7.2 writes 0; §3.1.16 allows 0 or the pc)', () => {
    const h = trapHart('site: ebreak');
    h.cpu.mtval = 99;
    h.enter(PRIV_U, 'site');
    h.runTo('mtrap', 1);
    expect([h.cpu.mcause, h.cpu.mtval, h.cpu.mepc]).toEqual([Exception.Breakpoint, 0, h.at('site')]);
  });

  it('a taken jump or branch to a target not on a 4-byte boundary traps on the jump: cause 0, mtval = target (§2.5 unpriv, §3.1.16)', () => {
    const h = trapHart(`
    jr_site:
      jalr ra, 2(s0)
    br_site:
      beq zero, zero, br_site + 6
    untaken:
      bne zero, zero, untaken + 6
    after:
      nop
    `);
    h.cpu.x[8] = h.at('after') | 0; // s0
    h.enter(PRIV_U, 'jr_site');
    h.runTo('mtrap', 1);
    expect([h.cpu.mcause, h.cpu.mepc, h.cpu.mtval]).toEqual([Exception.InstructionAddressMisaligned, h.at('jr_site'), h.at('after') + 2]);
    expect(h.reg('ra'), 'the faulting jalr must not write rd').toBe(0);
    h.enter(PRIV_S, 'br_site');
    h.runTo('mtrap', 1);
    expect([h.cpu.mcause, h.cpu.mepc, h.cpu.mtval]).toEqual([Exception.InstructionAddressMisaligned, h.at('br_site'), h.at('br_site') + 6]);
    // An untaken branch with a misaligned target does not trap.
    h.enter(PRIV_S, 'untaken');
    h.runTo('after', 1);
  });
});

describe('delegation to S-mode (§3.1.8, §4.1.1, §4.1.7-10)', () => {
  it('a delegated ecall from U goes to stvec with scause 8, sepc, stval 0, SPP=U, SPIE=old SIE, SIE=0; the M registers are untouched', () => {
    const h = trapHart('site: ecall');
    const c = h.cpu;
    c.csrWrite(CSR.medeleg, 1 << Exception.EcallFromU);
    c.csrWrite(CSR.mstatus, MSTATUS_SIE | MSTATUS_SPP | (PRIV_M << MSTATUS_MPP_SHIFT));
    c.mepc = 0x80000abc;
    c.stval = 7;
    h.enter(PRIV_U, 'site');
    h.runTo('strap', 1);
    expect(c.priv).toBe(PRIV_S);
    expect([c.scause, c.sepc, c.stval]).toEqual([Exception.EcallFromU, h.at('site'), 0]);
    expect(c.mstatus & (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP)).toBe(MSTATUS_SPIE);
    expect(c.mepc).toBe(0x80000abc);
    expect(mpp(c.mstatus)).toBe(PRIV_M);
  });

  it('a delegated ecall from S goes to S with scause 9 and SPP=S; SIE=0 gives SPIE=0', () => {
    const h = trapHart('site: ecall');
    const c = h.cpu;
    c.csrWrite(CSR.medeleg, 1 << Exception.EcallFromS);
    h.enter(PRIV_S, 'site');
    h.runTo('strap', 1);
    expect([c.priv, c.scause, c.sepc]).toEqual([PRIV_S, Exception.EcallFromS, h.at('site')]);
    expect(c.mstatus & (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP)).toBe(MSTATUS_SPP);
  });

  it('a delegated illegal instruction carries stval = the word', () => {
    const h = trapHart('site: .word 0xffffffff');
    h.cpu.csrWrite(CSR.medeleg, 1 << Exception.IllegalInstruction);
    h.enter(PRIV_U, 'site');
    h.runTo('strap', 1);
    expect([h.cpu.scause, h.cpu.stval]).toEqual([Exception.IllegalInstruction, 0xffffffff]);
  });

  it('traps taken in M-mode are never delegated, whatever medeleg says (§3.1.8)', () => {
    const h = trapHart('site: .word 0');
    h.cpu.csrWrite(CSR.medeleg, 0xffffffff);
    h.enter(PRIV_M, 'site');
    h.runTo('mtrap', 1);
    expect([h.cpu.priv, h.cpu.mcause, h.cpu.scause]).toEqual([PRIV_M, Exception.IllegalInstruction, 0]);
  });

  it('an undelegated cause from U still goes to M', () => {
    const h = trapHart('site: ebreak');
    h.cpu.csrWrite(CSR.medeleg, 1 << Exception.EcallFromU);
    h.enter(PRIV_U, 'site');
    h.runTo('mtrap', 1);
    expect([h.cpu.mcause, mpp(h.cpu.mstatus)]).toEqual([Exception.Breakpoint, PRIV_U]);
  });

  it('a vectored stvec still sends exceptions to BASE (§4.1.2)', () => {
    const h = trapHart('site: ecall');
    h.cpu.csrWrite(CSR.stvec, h.at('strap') | 1);
    h.cpu.csrWrite(CSR.medeleg, 1 << Exception.EcallFromU);
    h.enter(PRIV_U, 'site');
    h.runTo('strap', 1);
    expect(h.cpu.scause).toBe(Exception.EcallFromU);
  });

  it('ecall causes are 8 from U, 9 from S and 11 from M; medeleg bit 11 is read-only zero (§3.1.8, table 3.6)', () => {
    const h = trapHart('site: ecall');
    h.cpu.csrWrite(CSR.medeleg, 0xffffffff);
    // Reserved causes 10 and 14 and everything from 16 up have no exception to delegate.
    expect(u32(h.cpu.csrRead(CSR.medeleg)!)).toBe(0xb3ff);
    h.enter(PRIV_M, 'site');
    h.runTo('mtrap', 1);
    expect(h.cpu.mcause).toBe(11);
  });
});

describe('MRET and SRET (§3.3.2)', () => {
  const body = `
    ret_site: mret
    sret_site: sret
    .align 2
    target: nop
  `;

  for (const to of MODES) {
    for (const mpie of [0, 1]) {
      it(`mret to ${to.name} with MPIE=${mpie}: priv=MPP, MIE=MPIE, MPIE=1, MPP=U, pc=mepc${to.priv !== PRIV_M ? ', MPRV cleared' : ', MPRV kept'}`, () => {
        const h = trapHart(body);
        const c = h.cpu;
        c.csrWrite(CSR.mstatus, (to.priv << MSTATUS_MPP_SHIFT) | (mpie ? MSTATUS_MPIE : 0) | MSTATUS_MPRV | MSTATUS_SIE);
        c.csrWrite(CSR.mepc, h.at('target'));
        h.enter(PRIV_M, 'ret_site');
        h.runTo('target', 1);
        expect(c.priv).toBe(to.priv);
        expect(c.mstatus & MSTATUS_MIE).toBe(mpie ? MSTATUS_MIE : 0);
        expect(c.mstatus & MSTATUS_MPIE).toBe(MSTATUS_MPIE);
        expect(mpp(c.mstatus)).toBe(PRIV_U);
        expect(c.mstatus & MSTATUS_MPRV).toBe(to.priv === PRIV_M ? MSTATUS_MPRV : 0);
        expect(c.mstatus & MSTATUS_SIE, 'SIE is not touched by MRET').toBe(MSTATUS_SIE);
      });
    }
  }

  it('mret below M while no PMP entry is active is illegal (QEMU 7.2 helper_mret), and allowed back to M', () => {
    const h = hart(`${STUBS}\nret_site: mret\ntarget: nop`, { openPmp: false });
    h.cpu.csrWrite(CSR.mtvec, h.at('mtrap'));
    h.cpu.csrWrite(CSR.mstatus, PRIV_S << MSTATUS_MPP_SHIFT);
    h.cpu.csrWrite(CSR.mepc, h.at('target'));
    h.enter(PRIV_M, 'ret_site');
    h.runTo('mtrap', 1);
    expect(h.cpu.mcause).toBe(Exception.IllegalInstruction);
    h.cpu.csrWrite(CSR.mstatus, PRIV_M << MSTATUS_MPP_SHIFT);
    h.cpu.csrWrite(CSR.mepc, h.at('target')); // the trap overwrote it
    h.enter(PRIV_M, 'ret_site');
    h.runTo('target', 1);
    expect(h.cpu.priv).toBe(PRIV_M);
  });

  it('mret in S or U is illegal (§3.3.2: xRET only at privilege >= x)', () => {
    for (const priv of [PRIV_S, PRIV_U]) {
      const h = trapHart(body);
      h.enter(priv, 'ret_site');
      h.runTo('mtrap', 1);
      expect([h.cpu.mcause, h.cpu.mtval, mpp(h.cpu.mstatus)]).toEqual([Exception.IllegalInstruction, 0x30200073, priv]);
    }
  });

  for (const [from, spp, spie] of [[PRIV_S, 0, 1], [PRIV_S, 1, 0], [PRIV_M, 1, 1], [PRIV_M, 0, 0]] as const) {
    it(`sret from ${from === PRIV_M ? 'M' : 'S'} with SPP=${spp === 1 ? 'S' : 'U'}, SPIE=${spie}: priv=SPP, SIE=SPIE, SPIE=1, SPP=U, MPRV cleared, pc=sepc`, () => {
      const h = trapHart(body);
      const c = h.cpu;
      c.csrWrite(CSR.mstatus, (spp ? MSTATUS_SPP : 0) | (spie ? MSTATUS_SPIE : 0) | MSTATUS_MPRV | MSTATUS_MIE | (PRIV_S << MSTATUS_MPP_SHIFT));
      c.csrWrite(CSR.sepc, h.at('target'));
      h.enter(from, 'sret_site');
      h.runTo('target', 1);
      expect(c.priv).toBe(spp ? PRIV_S : PRIV_U);
      expect(c.mstatus & (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP)).toBe((spie ? MSTATUS_SIE : 0) | MSTATUS_SPIE);
      expect(c.mstatus & MSTATUS_MPRV).toBe(0);
      // The M-level stack is not SRET's business.
      expect(c.mstatus & MSTATUS_MIE).toBe(MSTATUS_MIE);
      expect(mpp(c.mstatus)).toBe(PRIV_S);
    });
  }

  it('sret in U is illegal; in S it is illegal only with TSR=1; TSR does not affect M (§3.1.6.5)', () => {
    const h = trapHart(body);
    const c = h.cpu;
    c.csrWrite(CSR.sepc, h.at('target'));
    h.enter(PRIV_U, 'sret_site');
    h.runTo('mtrap', 1);
    expect([c.mcause, c.mtval]).toEqual([Exception.IllegalInstruction, 0x10200073]);

    c.csrWrite(CSR.mstatus, MSTATUS_TSR);
    h.enter(PRIV_S, 'sret_site');
    h.runTo('mtrap', 1);
    expect([c.mcause, mpp(c.mstatus)]).toEqual([Exception.IllegalInstruction, PRIV_S]);

    c.csrWrite(CSR.mstatus, MSTATUS_TSR | MSTATUS_SPP);
    h.enter(PRIV_M, 'sret_site');
    h.runTo('target', 1);
    expect(c.priv).toBe(PRIV_S);

    c.csrWrite(CSR.mstatus, MSTATUS_SPP);
    h.enter(PRIV_S, 'sret_site');
    h.runTo('target', 1);
    expect(c.priv).toBe(PRIV_S);
  });
});

describe('WFI, SFENCE.VMA and satp under TW and TVM (§3.1.6.5, §3.3.3)', () => {
  it('wfi is illegal in U-mode even with TW=0', () => {
    const h = trapHart('site: wfi');
    h.cpu.csrWrite(CSR.mie, 1 << 3);
    h.cpu.csrWrite(CSR.mip, 0);
    h.enter(PRIV_U, 'site');
    h.runTo('mtrap', 1);
    expect([h.cpu.mcause, h.cpu.mtval]).toEqual([Exception.IllegalInstruction, 0x10500073]);
  });

  it('with TW=1 wfi is illegal in S but not in M; with TW=0 it is legal in S', () => {
    const h = trapHart('site: wfi\nnext: nop');
    const c = h.cpu;
    c.csrWrite(CSR.mstatus, MSTATUS_TW);
    h.enter(PRIV_S, 'site');
    h.runTo('mtrap', 1);
    expect([c.mcause, c.mtval]).toEqual([Exception.IllegalInstruction, 0x10500073]);
    // In M with MIE=0, an enabled pending interrupt (SSIP, not delegated) is not taken but lets WFI complete at once.
    c.csrWrite(CSR.mie, 1 << 1);
    c.csrWrite(CSR.mip, 1 << 1);
    c.csrWrite(CSR.mstatus, MSTATUS_TW);
    h.enter(PRIV_M, 'site');
    h.runTo('next', 1);
    expect(c.waiting).toBe(false);
    c.csrWrite(CSR.mstatus, 0);
    c.csrWrite(CSR.mie, 0);
    c.csrWrite(CSR.mip, 0);
    h.enter(PRIV_S, 'site');
    expect(c.run(5).kind).toBe('wfi');
    expect([c.pc, c.priv, c.waiting]).toEqual([h.at('next'), PRIV_S, true]);
  });

  it('with TVM=1, sfence.vma and satp accesses are illegal in S; they stay legal in M (§3.1.6.5)', () => {
    const h = trapHart(`
      sf: sfence.vma
      rd: csrr a0, satp
      wr: csrw satp, zero
      end: nop
    `);
    const c = h.cpu;
    c.csrWrite(CSR.mstatus, MSTATUS_TVM);
    for (const [label, word] of [['sf', 0x12000073], ['rd', 0x18002573], ['wr', 0x18001073]] as const) {
      h.enter(PRIV_S, label);
      h.runTo('mtrap', 1);
      expect([c.mcause, c.mtval], label).toEqual([Exception.IllegalInstruction, word]);
      c.csrWrite(CSR.mstatus, MSTATUS_TVM);
    }
    h.enter(PRIV_M, 'sf');
    h.runTo('end', 3);
    c.csrWrite(CSR.mstatus, 0);
    h.enter(PRIV_S, 'sf');
    h.runTo('end', 3);
  });

  it('sfence.vma is illegal in U-mode (§4.2.1)', () => {
    const h = trapHart('site: sfence.vma');
    h.enter(PRIV_U, 'site');
    h.runTo('mtrap', 1);
    expect(h.cpu.mcause).toBe(Exception.IllegalInstruction);
  });
});

describe('CSR access rules (§2.1, §3.1.11, §4.1.5)', () => {
  it('S-mode accessing M-level CSRs and U-mode accessing S-level CSRs is illegal, with mtval = the word', () => {
    const cases: [number, string, number][] = [
      [PRIV_S, 'csrr a0, mstatus', 0x30002573],
      [PRIV_S, 'csrw mscratch, a0', 0x34051073],
      [PRIV_S, 'csrr a0, mhartid', 0xf1402573],
      [PRIV_U, 'csrr a0, sstatus', 0x10002573],
      [PRIV_U, 'csrw sscratch, a0', 0x14051073],
      [PRIV_U, 'csrr a0, satp', 0x18002573],
    ];
    for (const [priv, insn, word] of cases) {
      const h = trapHart(`site: ${insn}`);
      h.cpu.mscratch = 5;
      h.enter(priv, 'site');
      h.runTo('mtrap', 1);
      expect([h.cpu.mcause, h.cpu.mtval], insn).toEqual([Exception.IllegalInstruction, word]);
      expect(h.reg('a0'), `${insn} must not write rd`).toBe(0);
      expect(h.cpu.mscratch).toBe(5);
    }
  });

  it('S-mode reads and writes its own CSRs, and sstatus shows only the S fields of mstatus', () => {
    const h = trapHart(`
      site:
        csrw sscratch, a1
        csrr a0, sscratch
        csrr a2, sstatus
      end: nop
    `);
    h.cpu.x[11] = 0x1234;
    h.cpu.csrWrite(CSR.mstatus, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_SIE | MSTATUS_TSR | (PRIV_S << MSTATUS_MPP_SHIFT));
    h.enter(PRIV_S, 'site');
    h.runTo('end', 3);
    expect(h.reg('a0')).toBe(0x1234);
    expect(h.reg('a2')).toBe(MSTATUS_SIE);
  });

  const COUNTERS = [
    ['cycle', 0, 0xc0002573],
    ['time', 1, 0xc0102573],
    ['instret', 2, 0xc0202573],
    ['cycleh', 0, 0xc8002573],
    ['timeh', 1, 0xc8102573],
    ['instreth', 2, 0xc8202573],
  ] as const;

  for (const [name, bit, word] of COUNTERS) {
    it(`${name} is readable in S only with mcounteren bit ${bit}, and in U only with that bit in both mcounteren and scounteren`, () => {
      const h = trapHart(`site: csrr a0, ${name}\nend: nop`);
      const c = h.cpu;
      const others = 7 & ~(1 << bit);
      const attempt = (priv: number, mcen: number, scen: number): boolean => {
        c.csrWrite(CSR.mcounteren, mcen);
        c.csrWrite(CSR.scounteren, scen);
        c.mcause = 0;
        h.enter(priv, 'site');
        c.step();
        if (c.pc === h.at('end')) return true;
        expect([c.pc, c.mcause, c.mtval], `${name} from ${priv}`).toEqual([h.at('mtrap'), Exception.IllegalInstruction, word]);
        return false;
      };
      expect(attempt(PRIV_S, others, 7)).toBe(false);
      expect(attempt(PRIV_S, 1 << bit, 0)).toBe(true);
      expect(attempt(PRIV_U, 1 << bit, others)).toBe(false);
      expect(attempt(PRIV_U, others, 1 << bit)).toBe(false);
      expect(attempt(PRIV_U, 1 << bit, 1 << bit)).toBe(true);
      expect(attempt(PRIV_M, 0, 0)).toBe(true);
    });
  }

  it('writing a read-only CSR is illegal even in M; csrrs with rs1=x0 only reads (§2.1, unpriv §9.1)', () => {
    const h = trapHart(`
      ok: csrrs a0, mhartid, zero
      ok2: csrrs a1, cycle, zero
      bad: csrrw zero, mhartid, a0
    `);
    h.enter(PRIV_M, 'ok');
    h.runTo('bad', 2);
    h.runTo('mtrap', 1);
    expect([h.cpu.mcause, h.cpu.mtval]).toEqual([Exception.IllegalInstruction, 0xf1451073]);
  });
});

describe('WARL legalisation (§3.1.6.1, §3.1.7, §3.1.8, §3.1.9, §3.1.14, §4.1.2)', () => {
  it('mtvec and stvec keep their old value when written with a reserved MODE (>= 2), and accept direct and vectored', () => {
    const h = trapHart('nop');
    const c = h.cpu;
    for (const [csr, reg] of [[CSR.mtvec, 'mtvec'], [CSR.stvec, 'stvec']] as const) {
      c.csrWrite(csr, 0x80001001);
      expect(u32(c.csrRead(csr)!), `${reg} vectored`).toBe(0x80001001);
      c.csrWrite(csr, 0x80002002);
      c.csrWrite(csr, 0x80003003);
      expect(u32(c.csrRead(csr)!), `${reg} after reserved modes`).toBe(0x80001001);
      c.csrWrite(csr, 0x80004000);
      expect(u32(c.csrRead(csr)!), `${reg} direct`).toBe(0x80004000);
    }
  });

  it('mepc and sepc bits 1:0 read zero on a hart with IALIGN=32 (§3.1.14, §4.1.7)', () => {
    const h = trapHart(`
    body:
      csrw mepc, a0
      csrr a1, mepc
      csrw sepc, a0
      csrr a2, sepc
    end: nop
    `);
    h.cpu.x[10] = 0x80000403 | 0;
    h.enter(PRIV_M, 'body');
    h.runTo('end', 4);
    expect([h.reg('a1'), h.reg('a2')]).toEqual([0x80000400, 0x80000400]);
  });

  it('mstatus.MPP written with the reserved value 2 keeps a legal mode (the old one); MPP=S and U are kept as written', () => {
    const h = trapHart('nop');
    const c = h.cpu;
    c.csrWrite(CSR.mstatus, PRIV_S << MSTATUS_MPP_SHIFT);
    c.csrWrite(CSR.mstatus, 2 << MSTATUS_MPP_SHIFT);
    expect(mpp(c.csrRead(CSR.mstatus)!)).toBe(PRIV_S);
    c.csrWrite(CSR.mstatus, PRIV_U << MSTATUS_MPP_SHIFT);
    expect(mpp(c.csrRead(CSR.mstatus)!)).toBe(PRIV_U);
  });

  it('mstatus ignores writes to SD, FS, XS, VS and WPRI bits (no F/V state)', () => {
    const h = trapHart('nop');
    h.cpu.csrWrite(CSR.mstatus, 0xffffffff);
    // SIE MIE SPIE MPIE SPP MPP MPRV SUM MXR TVM TW TSR
    expect(u32(h.cpu.csrRead(CSR.mstatus)!)).toBe(0x007e19aa);
  });

  it('mideleg has writable bits only for the S-level interrupts; mie only for the six standard ones (§3.1.9)', () => {
    const h = trapHart('nop');
    h.cpu.csrWrite(CSR.mideleg, 0xffffffff);
    expect(u32(h.cpu.csrRead(CSR.mideleg)!)).toBe(0x222);
    h.cpu.csrWrite(CSR.mie, 0xffffffff);
    expect(u32(h.cpu.csrRead(CSR.mie)!)).toBe(0xaaa);
    // sie is mie restricted to the delegated bits (§4.1.3).
    h.cpu.csrWrite(CSR.mideleg, 1 << 5);
    expect(u32(h.cpu.csrRead(CSR.sie)!)).toBe(1 << 5);
  });

  it('satp accepts MODE=Sv32 and Bare in M-mode and reads back what was written', () => {
    const h = trapHart('nop');
    h.cpu.csrWrite(CSR.satp, 0x80012345);
    expect(u32(h.cpu.csrRead(CSR.satp)!)).toBe(0x80012345);
    h.cpu.csrWrite(CSR.satp, 0);
    expect(u32(h.cpu.csrRead(CSR.satp)!)).toBe(0);
  });
});

describe('misaligned atomics (§8.4 unpriv; QEMU 7.2 cause)', () => {
  it('a misaligned amoadd.w from U traps with cause 4 (as QEMU 7.2) and mtval = the address, leaving memory alone', () => {
    const h = trapHart(`site: amoadd.w a0, a1, (s0)\n.align 4\ndata: .word 0x11223344, 0x55667788`);
    h.cpu.x[8] = (h.at('data') + 2) | 0;
    h.cpu.x[11] = 1;
    h.enter(PRIV_U, 'site');
    h.runTo('mtrap', 1);
    expect([h.cpu.mcause, h.cpu.mtval]).toEqual([Exception.LoadAddressMisaligned, h.at('data') + 2]);
    expect([h.word(h.at('data')), h.word(h.at('data') + 4)]).toEqual([0x11223344, 0x55667788]);
  });
});

describe('MPRV (§3.1.6.3)', () => {
  it('with MPRV=1 and MPP=U an M-mode load is checked with U permissions: PMP without R faults', () => {
    const h = hart(`${STUBS}\nsite: lw a0, 0(s0)\nend: nop\n.align 4\ndata: .word 42`, { openPmp: false });
    const c = h.cpu;
    c.csrWrite(CSR.mtvec, h.at('mtrap'));
    // Entry 0: NAPOT over all memory, X only (so U could fetch but not read).
    c.csrWrite(CSR.pmpaddr0, 0xffffffff);
    c.csrWrite(CSR.pmpcfg0, 0x1c);
    c.x[8] = h.at('data') | 0;
    c.csrWrite(CSR.mstatus, MSTATUS_MPRV | (PRIV_U << MSTATUS_MPP_SHIFT));
    h.enter(PRIV_M, 'site');
    h.runTo('mtrap', 1);
    expect([c.mcause, c.mtval]).toEqual([Exception.LoadAccessFault, h.at('data')]);
    // With MPP=M the same load is an M access and succeeds.
    c.csrWrite(CSR.mstatus, MSTATUS_MPRV | (PRIV_M << MSTATUS_MPP_SHIFT));
    h.enter(PRIV_M, 'site');
    h.runTo('end', 1);
    expect(h.reg('a0')).toBe(42);
  });
});

describe('a round trip M -> S -> U -> S -> M in one assembled program (§3.3.2, §3.1.8)', () => {
  it('firmware drops to S, S drops to U, U ecalls to S (delegated), S ecalls to M, and every return lands after its ecall', () => {
    const h = hart(
      `
        la t0, mtrap
        csrw mtvec, t0
        li t0, 0x100               # ecall from U goes to S
        csrw medeleg, t0
        li t0, 0x1800
        csrc mstatus, t0
        li t0, 0x800               # MPP = S
        csrs mstatus, t0
        la t0, supervisor
        csrw mepc, t0
        mret
      supervisor:
        la t0, strap
        csrw stvec, t0
        li t0, 0x100               # SPP = U
        csrc sstatus, t0
        la t0, user
        csrw sepc, t0
        sret
      user:
        li a0, 1
        ecall                      # -> S
        addi a0, a0, 10
        ecall                      # -> S again, which asks M to finish
      strap:
        csrr s0, scause
        csrr s1, sstatus
        li t0, 11
        beq a0, t0, to_m
        csrr t0, sepc
        addi t0, t0, 4
        csrw sepc, t0
        sret
      to_m:
        ecall                      # from S: not delegated
      mtrap:
        csrr s2, mcause
        csrr s3, mstatus
        li t6, 0x100000
        li t5, 0x5555
        sw t5, 0(t6)
      `,
    );
    const exit = h.cpu.run(200);
    expect(exit.kind).toBe('stop');
    expect(h.reg('a0')).toBe(11);
    expect(h.reg('s0')).toBe(Exception.EcallFromU);
    expect(h.reg('s1') & MSTATUS_SPP, 'the second U ecall: SPP = U').toBe(0);
    expect(h.reg('s2')).toBe(Exception.EcallFromS);
    expect(mpp(h.reg('s3'))).toBe(PRIV_S);
    expect(h.cpu.priv).toBe(PRIV_M);
  });
});
