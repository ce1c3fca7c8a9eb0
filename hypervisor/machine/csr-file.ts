// The behaviour of each CSR this hart implements: access rules (privileged spec 20211203,
// §2.1: bits [11:10] = read-only when 3, bits [9:8] = lowest privilege), read values and WARL
// legalisation of writes. Numbers come from csr-names.ts (the one table of CSRs); the hart's
// state lives in cpu.ts. Returning undefined/false means "illegal instruction".

import { INSN_CYCLES } from './costs.ts';
import { CSR } from './csr-names.ts';
import type { Cpu } from './cpu.ts';
import {
  ALL_INTERRUPTS,
  DELEGABLE_EXCEPTIONS,
  MIP_SSIP,
  MIP_SEIP,
  MIP_WRITABLE,
  MISA,
  MSTATUS_MPP,
  MSTATUS_MPP_SHIFT,
  MSTATUS_TVM,
  MSTATUS_WRITABLE,
  PRIV_M,
  PRIV_S,
  PRIV_U,
  S_INTERRUPTS,
  SSTATUS_MASK,
} from './privilege.ts';

const TWO32 = 2 ** 32;

/** Whether the current privilege may access CSR `n` at all (§2.1, and the counter enables §3.1.11-12). */
export function csrAccessible(cpu: Cpu, n: number, write: boolean): boolean {
  if (cpu.priv < ((n >>> 8) & 3)) return false;
  if (write && n >>> 10 === 3) return false;
  if (n === CSR.satp && cpu.priv === PRIV_S && (cpu.mstatus & MSTATUS_TVM) !== 0) return false;
  // cycle/time/instret (and their high halves) below M need the enable bit of each level above.
  if ((n >= 0xc00 && n <= 0xc02) || (n >= 0xc80 && n <= 0xc82)) {
    const bit = 1 << (n & 0x1f);
    if (cpu.priv < PRIV_M && (cpu.mcounteren & bit) === 0) return false;
    if (cpu.priv === PRIV_U && (cpu.scounteren & bit) === 0) return false;
  }
  return true;
}

/** The value of CSR `n` (unsigned), or undefined if this hart does not implement it. */
export function csrRead(cpu: Cpu, n: number): number | undefined {
  switch (n) {
    case CSR.mvendorid:
    case CSR.marchid:
    case CSR.mimpid:
    case CSR.mconfigptr:
    case CSR.mstatush:
    case CSR.menvcfgh:
      return 0;
    case CSR.mhartid: return cpu.hartId >>> 0;
    case CSR.mstatus: return cpu.mstatus >>> 0;
    case CSR.misa: return MISA;
    case CSR.medeleg: return cpu.medeleg >>> 0;
    case CSR.mideleg: return cpu.mideleg >>> 0;
    case CSR.mie: return cpu.mie >>> 0;
    case CSR.mip: return cpu.mipValue() >>> 0;
    case CSR.mtvec: return cpu.mtvec >>> 0;
    case CSR.mcounteren: return cpu.mcounteren >>> 0;
    case CSR.menvcfg: return cpu.menvcfg >>> 0;
    case CSR.mscratch: return cpu.mscratch >>> 0;
    case CSR.mepc: return cpu.mepc >>> 0;
    case CSR.mcause: return cpu.mcause >>> 0;
    case CSR.mtval: return cpu.mtval >>> 0;
    case CSR.sstatus: return (cpu.mstatus & SSTATUS_MASK) >>> 0;
    case CSR.sie: return (cpu.mie & cpu.mideleg) >>> 0;
    case CSR.sip: return (cpu.mipValue() & cpu.mideleg) >>> 0;
    case CSR.stvec: return cpu.stvec >>> 0;
    case CSR.scounteren: return cpu.scounteren >>> 0;
    case CSR.senvcfg: return cpu.senvcfg >>> 0;
    case CSR.sscratch: return cpu.sscratch >>> 0;
    case CSR.sepc: return cpu.sepc >>> 0;
    case CSR.scause: return cpu.scause >>> 0;
    case CSR.stval: return cpu.stval >>> 0;
    case CSR.satp: return cpu.satp >>> 0;
    // The reading instruction is already counted when it executes; a counter read returns the
    // value before it (it has not retired yet), as QEMU does.
    case CSR.mcycle:
    case CSR.cycle:
      return cyclesBefore(cpu) % TWO32;
    case CSR.mcycleh:
    case CSR.cycleh:
      return Math.floor(cyclesBefore(cpu) / TWO32) >>> 0;
    case CSR.minstret:
    case CSR.instret:
      return (cpu.instret - 1) % TWO32;
    case CSR.minstreth:
    case CSR.instreth:
      return Math.floor((cpu.instret - 1) / TWO32) >>> 0;
    case CSR.time: return Number(cpu.time() & 0xffffffffn);
    case CSR.timeh: return Number((cpu.time() >> 32n) & 0xffffffffn);
    default:
      if (n >= CSR.pmpcfg0 && n <= CSR.pmpaddr15) return cpu.pmp.csrRead(n);
      return undefined;
  }
}

/**
 * The value a CSRRS/CSRRC sets or clears bits of: the value read, except in mip, where only the
 * software-writable SEIP bit takes part and not the interrupt controller's signal OR'd into what
 * is read (priv spec 20211203 §3.1.9). Otherwise `csrs mip, x` while the PLIC asserts SEIP would
 * latch SEIP in software and the supervisor external interrupt could never be cleared.
 */
export function csrModifyBase(cpu: Cpu, n: number, read: number): number {
  return n === CSR.mip ? ((read & ~MIP_SEIP) | (cpu.mipSoftware & MIP_SEIP)) >>> 0 : read;
}

/** Writes CSR `n` with WARL legalisation; false if it is not writable. */
export function csrWrite(cpu: Cpu, n: number, v: number): boolean {
  switch (n) {
    case CSR.mstatus: {
      let next = (cpu.mstatus & ~MSTATUS_WRITABLE) | (v & MSTATUS_WRITABLE);
      // MPP is WARL over the implemented modes; 2 (reserved) keeps the old value (§3.1.6.1).
      if (((next & MSTATUS_MPP) >>> MSTATUS_MPP_SHIFT) === 2) next = (next & ~MSTATUS_MPP) | (cpu.mstatus & MSTATUS_MPP);
      cpu.setMstatus(next);
      return true;
    }
    case CSR.sstatus:
      cpu.setMstatus((cpu.mstatus & ~SSTATUS_MASK) | (v & SSTATUS_MASK));
      return true;
    case CSR.misa:
    case CSR.mstatush:
    case CSR.menvcfgh:
      return true; // WARL, nothing writable
    case CSR.medeleg: cpu.medeleg = v & DELEGABLE_EXCEPTIONS; return true;
    case CSR.mideleg: cpu.mideleg = v & S_INTERRUPTS; cpu.interruptsChanged(); return true;
    case CSR.mie: cpu.mie = v & ALL_INTERRUPTS; cpu.interruptsChanged(); return true;
    case CSR.mip: cpu.mipSoftware = v & MIP_WRITABLE; cpu.interruptsChanged(); return true;
    case CSR.sie:
      cpu.mie = (cpu.mie & ~cpu.mideleg) | (v & cpu.mideleg);
      cpu.interruptsChanged();
      return true;
    case CSR.sip: {
      // Only SSIP is writable through sip, and only when delegated (§4.1.3).
      const mask = MIP_SSIP & cpu.mideleg;
      cpu.mipSoftware = (cpu.mipSoftware & ~mask) | (v & mask);
      cpu.interruptsChanged();
      return true;
    }
    case CSR.mtvec:
      // MODE 0 direct, 1 vectored; reserved modes leave the register unchanged (as QEMU 7.2 does).
      if ((v & 3) < 2) cpu.mtvec = v >>> 0;
      return true;
    case CSR.stvec:
      if ((v & 3) < 2) cpu.stvec = v >>> 0;
      return true;
    case CSR.mcounteren: cpu.mcounteren = v & 7; return true;
    case CSR.scounteren: cpu.scounteren = v & 7; return true;
    // FIOM (bit 0) is the only field meaningful without the cache-management extensions.
    case CSR.menvcfg: cpu.menvcfg = v & 1; return true;
    case CSR.senvcfg: cpu.senvcfg = v & 1; return true;
    case CSR.mscratch: cpu.mscratch = v >>> 0; return true;
    case CSR.sscratch: cpu.sscratch = v >>> 0; return true;
    case CSR.mepc: cpu.mepc = (v & ~3) >>> 0; return true; // IALIGN=32: xepc[1:0] = 0
    case CSR.sepc: cpu.sepc = (v & ~3) >>> 0; return true;
    case CSR.mcause: cpu.mcause = v >>> 0; return true;
    case CSR.scause: cpu.scause = v >>> 0; return true;
    case CSR.mtval: cpu.mtval = v >>> 0; return true;
    case CSR.stval: cpu.stval = v >>> 0; return true;
    case CSR.satp:
      cpu.setSatp(v >>> 0);
      return true;
    // A write to a counter replaces the increment of the writing instruction (§3.1.11).
    case CSR.mcycle: cpu.cycle = hiOf(cpu.cycle) * TWO32 + v; return true;
    case CSR.mcycleh: cpu.cycle = v * TWO32 + (cpu.cycle % TWO32); return true;
    case CSR.minstret: cpu.instret = hiOf(cpu.instret) * TWO32 + v; return true;
    case CSR.minstreth: cpu.instret = v * TWO32 + (cpu.instret % TWO32); return true;
    default:
      if (n >= CSR.pmpcfg0 && n <= CSR.pmpaddr15) return cpu.pmpWrite(n, v >>> 0);
      return false;
  }
}

function cyclesBefore(cpu: Cpu): number {
  return cpu.cycle - INSN_CYCLES.csr;
}

function hiOf(counter: number): number {
  return Math.floor(counter / TWO32);
}

export { PRIV_M, PRIV_S, PRIV_U };
