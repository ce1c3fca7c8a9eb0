// One RV32IMA hart in M-mode only: registers, pc, the M-mode CSRs it needs, and the reference
// interpreter (`step`, `run`). Takes a Bus; hands on typed traps (taken into mtvec) and typed
// run exits. Later slices add S/U modes, Sv32, interrupts and the cost table.
//
// mstatus fields kept here (privileged spec 20211203, §3.1.6, RV32):
//
//   31        13 12 11 10     8    7    6    4    3    2    0
//  |  ........  | MPP |  ...  | MPIE | ...  | MIE | ...  |
//
// With only M-mode, MPP is hardwired to 3 (M); MIE and MPIE are the writable bits.

import { decode, type Decoded, type DecodeResult } from './decode.ts';
import type { Op } from './isa.ts';
import { isFault, type Bus, type Width } from './memory.ts';
import { Exception, trap, type ExceptionCause, type Trap } from './trap.ts';

export const MSTATUS_MIE = 1 << 3;
export const MSTATUS_MPIE = 1 << 7;
export const MSTATUS_MPP = 3 << 11;
const PRIV_M = 3;

/** misa: MXL = 1 (32-bit), extensions A, I, M (§3.1.1). Read-only here (WARL). */
export const MISA = ((1 << 30) | (1 << 0) | (1 << 8) | (1 << 12)) >>> 0;

/** CSR numbers this hart implements (names as in csr-names.ts). */
export const CSR = {
  mvendorid: 0xf11,
  marchid: 0xf12,
  mimpid: 0xf13,
  mhartid: 0xf14,
  mstatus: 0x300,
  misa: 0x301,
  mtvec: 0x305,
  mstatush: 0x310,
  mscratch: 0x340,
  mepc: 0x341,
  mcause: 0x342,
  mtval: 0x343,
  mcycle: 0xb00,
  minstret: 0xb02,
  mcycleh: 0xb80,
  minstreth: 0xb82,
  cycle: 0xc00,
  instret: 0xc02,
  cycleh: 0xc80,
  instreth: 0xc82,
} as const;

/** Something outside the CPU (a device, the host) asked the run loop to stop. */
export interface StopRequest {
  readonly source: string;
  /** Device-defined status, e.g. the finisher's exit code. */
  readonly code: number;
}

/** Why `run` returned. */
export type RunExit =
  | { readonly kind: 'budget'; readonly steps: number }
  | { readonly kind: 'stop'; readonly steps: number; readonly request: StopRequest };

export interface CpuOptions {
  hartId?: number;
  resetPc?: number;
}

const TWO32 = 2 ** 32;

// decode() is a pure function of the word, so its results are memoised by word (bounded; a
// per-page predecoded cache belongs to the block tier). Host side, not architectural state.
const DECODED = new Map<number, DecodeResult>();
const DECODED_MAX = 1 << 16;

/**
 * The cause a misaligned AMO raises. The spec (§8.4) says store/AMO address misaligned (6);
 * QEMU 7.2 raises load address misaligned (4), seen in qemu-diff.test.ts. We follow QEMU so the
 * differential suite is exact; change this one constant to follow the spec instead.
 */
export const AMO_MISALIGNED: ExceptionCause = Exception.LoadAddressMisaligned;

export class Cpu {
  // guest-visible architectural state
  /** x0..x31 as signed 32-bit values; x[0] is reset to 0 after every write. */
  readonly x = new Int32Array(32);
  /** Unsigned 32-bit. */
  pc: number;
  mstatus = MSTATUS_MPP;
  mtvec = 0;
  mepc = 0;
  mcause = 0;
  mtval = 0;
  mscratch = 0;
  /** 64-bit counters held as exact integers below 2^53. */
  cycle = 0;
  instret = 0;
  readonly hartId: number;

  // A extension: the reserved address of the last LR.W, or -1 (no reservation).
  reservation = -1;

  // run-loop control (host side, not architectural)
  private stopRequest: StopRequest | undefined;
  private counterWritten = { cycle: false, instret: false };

  constructor(
    readonly bus: Bus,
    options: CpuOptions = {},
  ) {
    this.hartId = options.hartId ?? 0;
    this.pc = (options.resetPc ?? 0x80000000) >>> 0;
  }

  /** Asks `run` to return after the current instruction (called by devices). */
  requestStop(request: StopRequest): void {
    this.stopRequest ??= request;
  }

  /** Executes up to `maxSteps` instructions (trapping ones count); returns why it stopped. */
  run(maxSteps: number): RunExit {
    let steps = 0;
    while (steps < maxSteps) {
      this.step();
      steps++;
      const request = this.stopRequest;
      if (request !== undefined) {
        this.stopRequest = undefined;
        return { kind: 'stop', steps, request };
      }
    }
    return { kind: 'budget', steps };
  }

  /** Executes one instruction. Returns the trap it took into mtvec, or undefined if it retired. */
  step(): Trap | undefined {
    this.counterWritten.cycle = this.counterWritten.instret = false;
    const t = this.execute();
    if (!this.counterWritten.cycle) this.cycle = (this.cycle + 1) % 2 ** 64;
    if (t !== undefined) {
      this.takeTrap(t);
      return t;
    }
    if (!this.counterWritten.instret) this.instret = (this.instret + 1) % 2 ** 64;
    return undefined;
  }

  /** Trap entry (§3.1.6.1, §3.1.7): mepc, mcause, mtval, the MIE stack and pc in one step. */
  private takeTrap(t: Trap): void {
    this.mepc = this.pc;
    this.mcause = t.cause;
    this.mtval = t.tval;
    const mie = (this.mstatus & MSTATUS_MIE) !== 0;
    this.mstatus = (this.mstatus & ~(MSTATUS_MIE | MSTATUS_MPIE)) | (mie ? MSTATUS_MPIE : 0) | (PRIV_M << 11);
    this.reservation = -1;
    // Synchronous exceptions go to BASE in both direct and vectored mode (§3.1.7).
    this.pc = (this.mtvec & ~3) >>> 0;
  }

  /** MRET (§3.3.2): MIE <- MPIE, MPIE <- 1, MPP <- M (the only mode), pc <- mepc. */
  private mret(): void {
    const mpie = (this.mstatus & MSTATUS_MPIE) !== 0;
    this.mstatus = (this.mstatus & ~MSTATUS_MIE) | (mpie ? MSTATUS_MIE : 0) | MSTATUS_MPIE | MSTATUS_MPP;
    this.reservation = -1;
    this.pc = this.mepc;
  }

  private setX(rd: number, v: number): void {
    this.x[rd] = v;
    this.x[0] = 0;
  }

  private execute(): Trap | undefined {
    const pc = this.pc;
    const word = this.bus.load(pc, 4);
    if (isFault(word)) return trap(Exception.InstructionAccessFault, pc);
    let d = DECODED.get(word);
    if (d === undefined) {
      d = decode(word);
      if (DECODED.size >= DECODED_MAX) DECODED.clear();
      DECODED.set(word, d);
    }
    if (d.kind === 'illegal') return trap(Exception.IllegalInstruction, d.word);
    return this.exec(d, pc);
  }

  /** One decoded instruction at `pc`; sets pc on success. */
  private exec(d: Decoded, pc: number): Trap | undefined {
    const x = this.x;
    const a = x[d.rs1]!;
    const b = x[d.rs2]!;
    const next = (pc + 4) >>> 0;
    const op: Op = d.op;
    switch (op) {
      case 'lui': this.setX(d.rd, d.imm); break;
      case 'auipc': this.setX(d.rd, (pc + d.imm) | 0); break;
      case 'jal': return this.jump(d.rd, pc + d.imm, next);
      case 'jalr': return this.jump(d.rd, (a + d.imm) & ~1, next);
      case 'beq': return this.branch(a === b, pc, d.imm, next);
      case 'bne': return this.branch(a !== b, pc, d.imm, next);
      case 'blt': return this.branch(a < b, pc, d.imm, next);
      case 'bge': return this.branch(a >= b, pc, d.imm, next);
      case 'bltu': return this.branch(a >>> 0 < b >>> 0, pc, d.imm, next);
      case 'bgeu': return this.branch(a >>> 0 >= b >>> 0, pc, d.imm, next);
      case 'lb': return this.load(d.rd, a + d.imm, 1, 24, next);
      case 'lh': return this.load(d.rd, a + d.imm, 2, 16, next);
      case 'lw': return this.load(d.rd, a + d.imm, 4, 0, next);
      case 'lbu': return this.load(d.rd, a + d.imm, 1, 0, next);
      case 'lhu': return this.load(d.rd, a + d.imm, 2, 0, next);
      case 'sb': return this.store(a + d.imm, 1, b, next);
      case 'sh': return this.store(a + d.imm, 2, b, next);
      case 'sw': return this.store(a + d.imm, 4, b, next);
      case 'addi': this.setX(d.rd, (a + d.imm) | 0); break;
      case 'slti': this.setX(d.rd, a < d.imm ? 1 : 0); break;
      case 'sltiu': this.setX(d.rd, a >>> 0 < d.imm >>> 0 ? 1 : 0); break;
      case 'xori': this.setX(d.rd, a ^ d.imm); break;
      case 'ori': this.setX(d.rd, a | d.imm); break;
      case 'andi': this.setX(d.rd, a & d.imm); break;
      case 'slli': this.setX(d.rd, a << d.imm); break;
      case 'srli': this.setX(d.rd, a >>> d.imm); break;
      case 'srai': this.setX(d.rd, a >> d.imm); break;
      case 'add': this.setX(d.rd, (a + b) | 0); break;
      case 'sub': this.setX(d.rd, (a - b) | 0); break;
      case 'sll': this.setX(d.rd, a << (b & 31)); break;
      case 'slt': this.setX(d.rd, a < b ? 1 : 0); break;
      case 'sltu': this.setX(d.rd, a >>> 0 < b >>> 0 ? 1 : 0); break;
      case 'xor': this.setX(d.rd, a ^ b); break;
      case 'srl': this.setX(d.rd, a >>> (b & 31)); break;
      case 'sra': this.setX(d.rd, a >> (b & 31)); break;
      case 'or': this.setX(d.rd, a | b); break;
      case 'and': this.setX(d.rd, a & b); break;
      // One hart, in-order, no caches: FENCE and FENCE.I have nothing to order or flush yet.
      case 'fence':
      case 'fence.i':
        break;
      case 'ecall': return trap(Exception.EcallFromM);
      // mtval for EBREAK may be the pc or 0 (§3.1.16); QEMU 7.2 writes 0, and so do we.
      case 'ebreak': return trap(Exception.Breakpoint);
      case 'csrrw':
      case 'csrrs':
      case 'csrrc':
      case 'csrrwi':
      case 'csrrsi':
      case 'csrrci':
        return this.csrInsn(d, next);
      case 'mul': this.setX(d.rd, Math.imul(a, b)); break;
      case 'mulh': this.setX(d.rd, mulh(a, b)); break;
      case 'mulhsu': this.setX(d.rd, mulhsu(a, b)); break;
      case 'mulhu': this.setX(d.rd, mulhu(a >>> 0, b >>> 0)); break;
      // Division by zero and overflow (unprivileged spec 20191213, §7.2, table 7.1).
      case 'div': this.setX(d.rd, b === 0 ? -1 : a === -0x80000000 && b === -1 ? a : Math.trunc(a / b) | 0); break;
      case 'divu': this.setX(d.rd, b === 0 ? -1 : Math.floor((a >>> 0) / (b >>> 0)) | 0); break;
      case 'rem': this.setX(d.rd, b === 0 ? a : b === -1 ? 0 : a % b | 0); break;
      case 'remu': this.setX(d.rd, b === 0 ? a : ((a >>> 0) % (b >>> 0)) | 0); break;
      case 'lr.w': return this.loadReserved(d.rd, a, next);
      case 'sc.w': return this.storeConditional(d.rd, a, b, next);
      case 'amoswap.w': return this.amo(d.rd, a, b, next, (_m, s) => s);
      case 'amoadd.w': return this.amo(d.rd, a, b, next, (m, s) => (m + s) | 0);
      case 'amoxor.w': return this.amo(d.rd, a, b, next, (m, s) => m ^ s);
      case 'amoand.w': return this.amo(d.rd, a, b, next, (m, s) => m & s);
      case 'amoor.w': return this.amo(d.rd, a, b, next, (m, s) => m | s);
      case 'amomin.w': return this.amo(d.rd, a, b, next, (m, s) => Math.min(m, s));
      case 'amomax.w': return this.amo(d.rd, a, b, next, (m, s) => Math.max(m, s));
      case 'amominu.w': return this.amo(d.rd, a, b, next, (m, s) => (m >>> 0 < s >>> 0 ? m : s));
      case 'amomaxu.w': return this.amo(d.rd, a, b, next, (m, s) => (m >>> 0 > s >>> 0 ? m : s));
      case 'mret': this.mret(); return undefined;
      // WFI may be a no-op (§3.3.3); with no interrupts yet there is nothing to wait for.
      case 'wfi': break;
      // No S-mode on this hart yet: SRET and SFENCE.VMA are illegal (§3.3.2, §4.2.1).
      case 'sret':
      case 'sfence.vma':
        return trap(Exception.IllegalInstruction, d.word);
      // Op is `string` (the table's rows are built by helpers), so exhaustiveness is checked by
      // a test that runs every row of INSNS instead of by the compiler.
      default:
        return trap(Exception.IllegalInstruction, d.word);
    }
    this.pc = next;
    return undefined;
  }

  /** JAL/JALR: a target not on a 4-byte boundary traps on the jump itself (§2.5, IALIGN=32). */
  private jump(rd: number, target: number, link: number): Trap | undefined {
    const t = target >>> 0;
    if ((t & 3) !== 0) return trap(Exception.InstructionAddressMisaligned, t);
    this.setX(rd, link | 0);
    this.pc = t;
    return undefined;
  }

  private branch(taken: boolean, pc: number, imm: number, next: number): Trap | undefined {
    if (!taken) {
      this.pc = next;
      return undefined;
    }
    const t = (pc + imm) >>> 0;
    if ((t & 3) !== 0) return trap(Exception.InstructionAddressMisaligned, t);
    this.pc = t;
    return undefined;
  }

  /** Loads; `ext` is 32 - width*8 for sign-extending loads, 0 for zero-extending ones. */
  private load(rd: number, addr: number, width: Width, ext: number, next: number): Trap | undefined {
    const va = addr >>> 0;
    const v = this.bus.load(va, width);
    if (isFault(v)) return trap(Exception.LoadAccessFault, va);
    this.setX(rd, ext === 0 ? v | 0 : (v << ext) >> ext);
    this.pc = next;
    return undefined;
  }

  private store(addr: number, width: Width, value: number, next: number): Trap | undefined {
    const va = addr >>> 0;
    if (this.bus.store(va, width, value) !== undefined) return trap(Exception.StoreAccessFault, va);
    this.pc = next;
    return undefined;
  }

  /** LR.W (§8.2): misaligned -> load address misaligned; registers a reservation on success. */
  private loadReserved(rd: number, addr: number, next: number): Trap | undefined {
    const va = addr >>> 0;
    if ((va & 3) !== 0) return trap(Exception.LoadAddressMisaligned, va);
    const v = this.bus.load(va, 4);
    if (isFault(v)) return trap(Exception.LoadAccessFault, va);
    this.reservation = va;
    this.setX(rd, v | 0);
    this.pc = next;
    return undefined;
  }

  /** SC.W (§8.2): stores and writes 0 iff the reservation covers addr, else writes 1; always clears it. */
  private storeConditional(rd: number, addr: number, value: number, next: number): Trap | undefined {
    const va = addr >>> 0;
    // Reservations are aligned, so a misaligned SC.W simply fails (as on QEMU 7.2, which
    // compares the reservation before touching memory; the spec also permits a trap).
    const ok = this.reservation === va;
    this.reservation = -1;
    if (ok) {
      if (this.bus.store(va, 4, value) !== undefined) return trap(Exception.StoreAccessFault, va);
    }
    this.setX(rd, ok ? 0 : 1);
    this.pc = next;
    return undefined;
  }

  /** AMO*.W (§8.4): rd <- M[addr]; M[addr] <- f(M[addr], rs2). Access faults are store/AMO faults. */
  private amo(rd: number, addr: number, src: number, next: number, f: (m: number, s: number) => number): Trap | undefined {
    const va = addr >>> 0;
    if ((va & 3) !== 0) return trap(AMO_MISALIGNED, va);
    const m = this.bus.load(va, 4);
    if (isFault(m)) return trap(Exception.StoreAccessFault, va);
    if (this.bus.store(va, 4, f(m | 0, src)) !== undefined) return trap(Exception.StoreAccessFault, va);
    this.setX(rd, m | 0);
    this.pc = next;
    return undefined;
  }

  /** Zicsr (unprivileged ch. 9): reads unless csrrw(i) with rd=x0; writes unless rs1/uimm = 0 for set/clear. */
  private csrInsn(d: Decoded, next: number): Trap | undefined {
    const illegal = trap(Exception.IllegalInstruction, d.word);
    const old = this.csrRead(d.csr);
    if (old === undefined) return illegal;
    const imm = d.op === 'csrrwi' || d.op === 'csrrsi' || d.op === 'csrrci';
    const src = imm ? d.imm : this.x[d.rs1]!;
    const srcField = imm ? d.imm : d.rs1;
    let value: number | undefined;
    if (d.op === 'csrrw' || d.op === 'csrrwi') value = src;
    else if (srcField !== 0) value = d.op === 'csrrs' || d.op === 'csrrsi' ? old | src : old & ~src;
    if (value !== undefined) {
      // csr[11:10] = 3 marks a read-only CSR (privileged spec §2.1).
      if (d.csr >>> 10 === 3 || !this.csrWrite(d.csr, value >>> 0)) return illegal;
    }
    this.setX(d.rd, old | 0);
    this.pc = next;
    return undefined;
  }

  /** The value of CSR `n` (unsigned), or undefined if this hart does not implement it. */
  csrRead(n: number): number | undefined {
    switch (n) {
      case CSR.mvendorid:
      case CSR.marchid:
      case CSR.mimpid:
      case CSR.mstatush:
        return 0;
      case CSR.mhartid: return this.hartId >>> 0;
      case CSR.mstatus: return this.mstatus >>> 0;
      case CSR.misa: return MISA;
      case CSR.mtvec: return this.mtvec >>> 0;
      case CSR.mscratch: return this.mscratch >>> 0;
      case CSR.mepc: return this.mepc >>> 0;
      case CSR.mcause: return this.mcause >>> 0;
      case CSR.mtval: return this.mtval >>> 0;
      case CSR.mcycle:
      case CSR.cycle:
        return this.cycle % TWO32;
      case CSR.mcycleh:
      case CSR.cycleh:
        return Math.floor(this.cycle / TWO32) >>> 0;
      case CSR.minstret:
      case CSR.instret:
        return this.instret % TWO32;
      case CSR.minstreth:
      case CSR.instreth:
        return Math.floor(this.instret / TWO32) >>> 0;
      default:
        return undefined;
    }
  }

  /** Writes CSR `n` with WARL legalisation; false if it is not writable. */
  csrWrite(n: number, v: number): boolean {
    switch (n) {
      case CSR.mstatus:
        this.mstatus = ((v & (MSTATUS_MIE | MSTATUS_MPIE)) | MSTATUS_MPP) >>> 0;
        return true;
      case CSR.misa:
      case CSR.mstatush:
        return true; // WARL, nothing writable
      case CSR.mtvec:
        // MODE 0 direct, 1 vectored; reserved modes leave mtvec unchanged (as QEMU 7.2 does).
        if ((v & 3) < 2) this.mtvec = v >>> 0;
        return true;
      case CSR.mscratch: this.mscratch = v >>> 0; return true;
      case CSR.mepc: this.mepc = (v & ~3) >>> 0; return true; // IALIGN=32: mepc[1:0] = 0
      case CSR.mcause: this.mcause = v >>> 0; return true;
      case CSR.mtval: this.mtval = v >>> 0; return true;
      // A write to a counter replaces the increment of the writing instruction (§3.1.11).
      case CSR.mcycle: this.cycle = hiOf(this.cycle) * TWO32 + v; this.counterWritten.cycle = true; return true;
      case CSR.mcycleh: this.cycle = v * TWO32 + (this.cycle % TWO32); this.counterWritten.cycle = true; return true;
      case CSR.minstret: this.instret = hiOf(this.instret) * TWO32 + v; this.counterWritten.instret = true; return true;
      case CSR.minstreth: this.instret = v * TWO32 + (this.instret % TWO32); this.counterWritten.instret = true; return true;
      default:
        return false;
    }
  }
}

function hiOf(counter: number): number {
  return Math.floor(counter / TWO32);
}

/** High 32 bits of the unsigned 64-bit product of two unsigned 32-bit values, exactly. */
export function mulhu(a: number, b: number): number {
  const ah = a >>> 16, al = a & 0xffff, bh = b >>> 16, bl = b & 0xffff;
  const lo = al * bl;
  const mid = ah * bl + al * bh + (lo >>> 16); // < 2^34, exact
  return (ah * bh + Math.floor(mid / 65536)) | 0;
}

/** High word of signed x signed: the unsigned high word corrected for negative operands. */
export function mulh(a: number, b: number): number {
  return (mulhu(a >>> 0, b >>> 0) - (a < 0 ? b : 0) - (b < 0 ? a : 0)) | 0;
}

/** High word of signed rs1 x unsigned rs2. */
export function mulhsu(a: number, b: number): number {
  return (mulhu(a >>> 0, b >>> 0) - (a < 0 ? b : 0)) | 0;
}

export type { ExceptionCause };
