// One RV32IMA hart with M, S and U modes: registers, pc, privilege, the CSR state, the TLB,
// and the reference interpreter (`run`, `step`). Takes a physical Bus (RAM fast path when the
// bus has one); hands on typed run exits and traps. Traps, interrupts and xRETs change pc,
// privilege, the interrupt-enable stack and the cause registers in one step (privileged spec
// 20211203, §3.1.6.1, §3.3.2, §4.1.1); nothing here throws for a guest value.
//
// The dispatch loop is deliberately one switch over the major opcode and funct3, whose case
// labels are literal ISA encoding constants so V8 compiles it to one jump table (a switch over
// the table's row indices, which are variables here, compiles to a compare chain).
// The instruction table stays the only judge of legality: the decoded row of each word is
// counted, and consulted wherever encoding fields alone do not prove the word legal. It is
// the hot path. Everything rare (CSRs, traps, walks, devices, page-crossing accesses) lives
// in small methods around it.

import { CYCLES_PER_TICK, EVENT_CYCLES, INSN_CYCLES } from './costs.ts';
import { COUNTER_FIELDS, U32_FIELDS } from './cpu-state.ts';
import { csrAccessible, csrModifyBase, csrRead, csrWrite } from './csr-file.ts';
import * as decoding from './decode.ts';
import { keepAsDoubles } from './double-fields.ts';
import { INSNS, OP, type InsnSpec } from './isa.ts';
import { isFault, Ram, type Bus, type Width } from './memory.ts';
import {
  ACCESS_FAULT,
  FETCH,
  HIT_PERMITS,
  LOAD,
  permKey,
  PTE_D,
  SATP_MODE_SV32,
  STORE,
  Tlb,
  TLB_PMP_BY_ACCESS,
  TLB_PMP_R,
  TLB_PMP_W,
  TLB_PMP_X,
  TLB_SUPERPAGE,
  walkSv32,
  type Access,
  type MmuCounters,
} from './mmu.ts';
import { Pmp } from './pmp.ts';
import {
  INTERRUPT_PRIORITY,
  MIP_SEIP,
  MSTATUS_MIE,
  MSTATUS_MPIE,
  MSTATUS_MPP,
  MSTATUS_MPP_SHIFT,
  MSTATUS_MPRV,
  MSTATUS_MXR,
  MSTATUS_SIE,
  MSTATUS_SPIE,
  MSTATUS_SPP,
  MSTATUS_SUM,
  MSTATUS_TSR,
  MSTATUS_TVM,
  MSTATUS_TW,
  PRIV_M,
  PRIV_S,
  PRIV_U,
} from './privilege.ts';
import { Exception, trap, type ExceptionCause, type Trap } from './trap.ts';

export { CSR } from './csr-names.ts';
export { MISA, MSTATUS_MIE, MSTATUS_MPIE, MSTATUS_MPP, PRIV_M, PRIV_S, PRIV_U } from './privilege.ts';

/** Something outside the CPU (a device, the host) asked the run loop to stop. */
export interface StopRequest {
  readonly source: string;
  /** Device-defined status, e.g. the finisher's exit code. */
  readonly code: number;
}

/** Why `run` returned. */
export type RunExit =
  | { readonly kind: 'budget'; readonly steps: number }
  | { readonly kind: 'stop'; readonly steps: number; readonly request: StopRequest }
  /** The hart executed WFI and waits for an interrupt (`waiting` stays true until one is pending). */
  | { readonly kind: 'wfi'; readonly steps: number }
  /** A device was accessed and `yieldOnDevice` said so: the caller may re-evaluate timers. */
  | { readonly kind: 'device'; readonly steps: number };

/** An execution tier: runs the hart with the interpreter's exact semantics, faster. */
export interface ExecutionTier {
  run(cpu: Cpu, maxSteps: number): RunExit;
}

export interface CpuOptions {
  hartId?: number;
  resetPc?: number;
  /** TLB entries (a power of two, default 64). */
  tlbEntries?: number;
  /** mtime (64-bit, 10 MHz ticks) for the time CSR; default: derived from this hart's cycle count. */
  time?: () => bigint;
}

/**
 * Per-hart event counters (cost accounting and --stats). Two are host-side statistics rather
 * than simulated events, and differ between tiers and across snapshot restores: decodeMisses,
 * and tlbHits (fetches inside the page the hart is already executing are served by its
 * current-page cache without consulting the TLB). Neither is charged any cycles.
 */
export interface CpuEvents extends MmuCounters {
  exceptions: number;
  interrupts: number;
  xrets: number;
  deviceAccesses: number;
  sfences: number;
  wfis: number;
  decodeMisses: number;
}

/**
 * The cause a misaligned AMO raises. The spec (§8.4) says store/AMO address misaligned (6);
 * QEMU 7.2 raises load address misaligned (4), seen in qemu-diff.test.ts. We follow QEMU so the
 * differential suite is exact; change this one constant to follow the spec instead.
 */
export const AMO_MISALIGNED: ExceptionCause = Exception.LoadAddressMisaligned;

/** Returned by load helpers when the access trapped (outside the range of any 32-bit value). */
const TRAPPED = 2 ** 33;
/** The row index standing for "no row matches" (decodedRows stores row + 1, so it must fit in a byte). */
const ILLEGAL_ROW = INSNS.length;
/** rowCounts slot for steps whose fetch trapped (no instruction word at all). */
const FETCH_FAULT_ROW = INSNS.length + 1;
const TWO32 = 2 ** 32;

/** Cycles per row of the instruction table by the row's class (costs.ts); the extra last slot is an illegal word. */
export const ROW_CYCLES: Float64Array = Float64Array.from([
  ...INSNS.map((s: InsnSpec) => INSN_CYCLES[s.cls]),
  INSN_CYCLES.system, // an illegal word
  INSN_CYCLES.system, // a fetch that trapped
]);
const ROW_OF_SPEC = new Map<InsnSpec, number>(INSNS.map((s, i) => [s as InsnSpec, i]));

// Row indices `system` dispatches on, by name.
const O = OP as Readonly<Record<string, number>>;
const ECALL = O['ecall']!, EBREAK = O['ebreak']!;

/**
 * The rows `interpret` switches on, as the literals written in its cases (a jump table needs
 * literal case labels). Checked against the instruction table when this module loads, so a
 * reordered table cannot leave the interpreter executing the wrong instruction.
 */
const INTERPRETER_ROWS: Readonly<Record<string, number>> = {
  lui: 0, auipc: 1, jal: 2, jalr: 3, beq: 4, bne: 5, blt: 6, bge: 7, bltu: 8, bgeu: 9,
  lb: 10, lh: 11, lw: 12, lbu: 13, lhu: 14, sb: 15, sh: 16, sw: 17,
  addi: 18, slti: 19, sltiu: 20, xori: 21, ori: 22, andi: 23, slli: 24, srli: 25, srai: 26,
  add: 27, sub: 28, sll: 29, slt: 30, sltu: 31, xor: 32, srl: 33, sra: 34, or: 35, and: 36,
  fence: 37, 'fence.i': 40, mul: 47, mulh: 48, mulhsu: 49, mulhu: 50, div: 51, divu: 52, rem: 53, remu: 54,
};
for (const [op, row] of Object.entries(INTERPRETER_ROWS)) {
  if (O[op] !== row) throw new Error(`cpu.ts interpreter: case ${row} is written for ${op}, but the instruction table has ${op} at row ${O[op]}`);
}
if (ILLEGAL_ROW !== 70) throw new Error(`cpu.ts interpreter: the system case list ends at row 70, but ILLEGAL_ROW is ${ILLEGAL_ROW}`);
const CSRRW = O['csrrw']!, CSRRS = O['csrrs']!, CSRRC = O['csrrc']!, CSRRWI = O['csrrwi']!, CSRRSI = O['csrrsi']!, CSRRCI = O['csrrci']!;
const LR_W = O['lr.w']!, SC_W = O['sc.w']!;
const AMOSWAP = O['amoswap.w']!, AMOADD = O['amoadd.w']!, AMOXOR = O['amoxor.w']!, AMOAND = O['amoand.w']!, AMOOR = O['amoor.w']!;
const AMOMIN = O['amomin.w']!, AMOMAX = O['amomax.w']!, AMOMINU = O['amominu.w']!, AMOMAXU = O['amomaxu.w']!;
const MRET = O['mret']!, SRET = O['sret']!, WFI = O['wfi']!, SFENCE_VMA = O['sfence.vma']!;

export class Cpu {
  // ---- guest-visible architectural state ----
  /** x0..x31 as signed 32-bit values; x[0] stays 0. */
  readonly x = new Int32Array(32);
  /**
   * pc as signed 32-bit bits: a Smi on every pc, where an unsigned field would box a heap number
   * for each pc at or above 2^31 (all of RAM) on every store the interpreter makes.
   */
  pcBits = 0;
  /** Unsigned 32-bit. */
  get pc(): number {
    return this.pcBits >>> 0;
  }
  set pc(value: number) {
    this.pcBits = value | 0;
  }
  priv = PRIV_M;
  mstatus = 0;
  medeleg = 0;
  mideleg = 0;
  mie = 0;
  /** mip bits written by software (SSIP, STIP, SEIP); the lines below are driven by devices. */
  mipSoftware = 0;
  /** mip bits driven by interrupt lines (MSIP, MTIP, MEIP from CLINT/PLIC; SEIP from the PLIC). */
  mipLines = 0;
  mtvec = 0;
  stvec = 0;
  mepc = 0;
  sepc = 0;
  mcause = 0;
  scause = 0;
  mtval = 0;
  stval = 0;
  mscratch = 0;
  sscratch = 0;
  satp = 0;
  mcounteren = 0;
  scounteren = 0;
  menvcfg = 0;
  senvcfg = 0;
  readonly hartId: number;
  readonly pmp = new Pmp();
  /** A extension: the reserved address of the last LR.W, or -1 (no reservation). */
  reservation = -1;
  /** WFI executed; cleared when an interrupt becomes pending (§3.3.3). */
  waiting = false;

  // ---- host-side machinery (not architectural) ----
  readonly tlb: Tlb;
  readonly events: CpuEvents = {
    pageWalkRefs: 0,
    tlbHits: 0,
    tlbMisses: 0,
    tlbFlushes: 0,
    tlbEvictions: 0,
    exceptions: 0,
    interrupts: 0,
    xrets: 0,
    deviceAccesses: 0,
    sfences: 0,
    wfis: 0,
    decodeMisses: 0,
  };
  /** Executions per instruction-table row (retired or trapping), then illegal words, then trapped fetches. */
  readonly rowCounts = new Float64Array(INSNS.length + 2);
  /** Counts of the run in progress (int32 increments are cheaper), folded into rowCounts when it returns. */
  readonly runCounts = new Int32Array(INSNS.length + 2);
  /** Steps that raised an exception (they count in rowCounts but do not retire). */
  trappedSteps = 0;
  /** Cycles charged for events (traps, walks, device accesses; costs.ts EVENT_CYCLES). */
  extraCycles = 0;
  cycleBase = 0;
  instretBase = 0;
  /** rowCounts priced by the cost table, and their sum, kept as counts are folded (so reading mcycle is cheap). */
  private foldedCycles = 0;
  private foldedSteps = 0;
  /** Exceptions taken, by cause (index = cause code). */
  readonly exceptionCounts = new Float64Array(16);
  /** Interrupts taken, by cause. */
  readonly interruptCounts = new Float64Array(12);
  /**
   * Asked after an instruction that accessed a device: true returns from `run` there (RunExit
   * 'device'), so a machine can re-evaluate timers a guest may just have programmed, and run
   * long otherwise.
   */
  yieldOnDevice: () => boolean = NEVER;
  private deviceTouched = false;
  /** A faster execution tier (the block translator) that `run` delegates to; the interpreter when unset. */
  tier: ExecutionTier | undefined;
  /** Called for every executed instruction when set (tracing; always runs in the interpreter). */
  tracer: ((cpu: Cpu, pc: number, word: number) => void) | undefined;
  /** The last trap `step` took (for tests and tracing). */
  lastTrap: Trap | undefined;

  private readonly bus: Bus;
  readonly ram: Ram | undefined;
  readonly ramBase: number;
  /** ramBase as int32 bits, for offset arithmetic on int32 addresses. */
  readonly ramBaseBits: number;
  readonly ramSize: number;
  readonly words: Int32Array;
  private readonly bytes: Uint8Array;
  readonly decodedRows: Uint8Array;
  private readonly timeSource: (() => bigint) | undefined;
  stopRequest: StopRequest | undefined;
  /** Re-evaluate pending interrupts before the next instruction. */
  irqCheck = true;
  /** The run loop must leave its straight line: irqCheck, waiting or a stop request. */
  attention = true;
  /** Fetch fast path: the virtual page (pc & ~0xfff) whose RAM word index is cached, or 1 (none). */
  fetchPage = 1;
  fetchWordBase = 0;
  /** Loads/stores need neither translation nor PMP (M-mode without MPRV and no locked PMP entry). */
  dataDirect = true;
  /** Loads/stores are translated through Sv32 (else physical, with PMP when below M). */
  dataPaged = false;
  /** Effective privilege of loads and stores (MPP when M-mode sets MPRV); tier API, like dataPaged. */
  dataPriv = PRIV_M;
  /** Per access kind (LOAD, STORE), per PTE flag byte: allowed in the current data context. */
  private dataPerm: Uint8Array = HIT_PERMITS[0]!;
  private fetchPerm: Uint8Array = HIT_PERMITS[0]!;
  private pmpVersion = -1;

  constructor(bus: Bus, options: CpuOptions = {}) {
    this.bus = bus;
    this.hartId = options.hartId ?? 0;
    this.pc = (options.resetPc ?? 0x80000000) >>> 0;
    this.timeSource = options.time;
    this.tlb = new Tlb(options.tlbEntries ?? 64, this.events);
    const inner = (bus as unknown as { ram?: unknown }).ram;
    const ram = bus instanceof Ram ? bus : inner instanceof Ram ? inner : undefined;
    this.ram = ram;
    this.ramBase = ram?.base ?? 0;
    this.ramBaseBits = this.ramBase | 0;
    this.ramSize = ram?.size ?? 0;
    this.words = ram?.words ?? new Int32Array(0);
    this.bytes = ram?.bytes ?? new Uint8Array(0);
    this.decodedRows = ram?.decoded ?? new Uint8Array(0);
    // CSRs and the LR/SC reservation hold unsigned 32-bit values and the counters pass 2^31:
    // doubles from the start, so their first large value does not change the hart's hidden
    // class mid-run (double-fields.ts).
    keepAsDoubles(this, [...U32_FIELDS, ...COUNTER_FIELDS, 'foldedCycles', 'foldedSteps', 'reservation']);
    this.contextChanged();
  }

  // ---------------------------------------------------------------- run loop

  /**
   * For a tier that ran part of its slice in `interpret` and goes on: re-raises what that exit
   * reported (a stop request, a device access to yield on) so the tier's own service() returns
   * it at the same instruction boundary as one long interpreter run would.
   */
  resumeAfter(exit: RunExit): void {
    if (exit.kind === 'stop') this.requestStop(exit.request);
    else if (exit.kind === 'device') this.deviceTouched = this.attention = true;
  }

  /** Asks `run` to return after the current instruction (called by devices). */
  requestStop(request: StopRequest): void {
    this.stopRequest ??= request;
    this.attention = true;
  }

  /**
   * mcycle: simulated cycles, the instructions executed priced by class plus charged events
   * (costs.ts), as an exact integer below 2^53. Computed on demand so the loop only counts rows.
   */
  get cycle(): number {
    let c = this.cycleBase + this.extraCycles + this.foldedCycles;
    const run = this.runCounts;
    for (let i = 0; i < run.length; i++) c += run[i]! * ROW_CYCLES[i]!;
    return c;
  }

  /** Moves the current run's counts into rowCounts, keeping the folded cycle and step totals. */
  foldCounts(): void {
    const rc = this.runCounts;
    const total = this.rowCounts;
    for (let i = 0; i < rc.length; i++) {
      const n = rc[i]!;
      if (n !== 0) {
        total[i]! += n;
        this.foldedCycles += n * ROW_CYCLES[i]!;
        this.foldedSteps += n;
        rc[i] = 0;
      }
    }
  }

  /** Recomputes the folded totals from rowCounts (after a snapshot restore replaced them). */
  refold(): void {
    this.foldedCycles = 0;
    this.foldedSteps = 0;
    this.rowCounts.forEach((n, i) => {
      this.foldedCycles += n * ROW_CYCLES[i]!;
      this.foldedSteps += n;
    });
  }

  /** A write (CSR mcycle, idle time) sets the total; later cycles add to it (§3.1.11). */
  set cycle(value: number) {
    this.cycleBase += value - this.cycle;
  }

  /** minstret: instructions retired (executed and not trapped). */
  get instret(): number {
    let n = this.instretBase - this.trappedSteps + this.foldedSteps;
    for (const c of this.runCounts) n += c;
    return n;
  }

  set instret(value: number) {
    this.instretBase += value - this.instret;
  }

  /** Executes one instruction (or takes one pending interrupt first). Returns the trap it took, if any. */
  step(): Trap | undefined {
    this.lastTrap = undefined;
    this.run(1);
    return this.lastTrap;
  }

  /** Executes up to `maxSteps` instructions (trapping ones count); returns why it stopped. */
  run(maxSteps: number): RunExit {
    if (this.tier !== undefined && this.tracer === undefined) return this.tier.run(this, maxSteps);
    return this.interpret(maxSteps);
  }

  /**
   * The reference interpreter. Members without `private` below (runCounts, words, load, store,
   * service, system, fetchRefill, ...) form the tier API the block translator (jit/) builds on;
   * nothing else should touch them.
   */
  interpret(maxSteps: number): RunExit {
    // runCounts are 32-bit: keep one call below 2^31 steps (callers loop for more).
    const limit = Math.min(maxSteps, 0x7fffffff) | 0;
    // Hot state lives in locals. Anything rare (a trap, a CSR, a device, a page walk) goes
    // through a method with `this.pc` = the instruction's address; the method leaves `this.pc`
    // at the next one, and the case sets `resync` and continues the outer loop, which reloads
    // the locals and looks at `attention` (interrupts, WFI, stop requests). Nothing else can
    // change them: devices and CSRs are only reached through those methods, so the straight-
    // line inner loop checks nothing. Loads and stores it serves itself: RAM when untranslated
    // (dataDirect), and Sv32 TLB hits the cached flags allow (dataOffset), counted in tlbHits
    // exactly as translate() counts them.
    const x = this.x;
    const words = this.words;
    const decodedRows = this.decodedRows;
    const rowCounts = this.runCounts;
    const ramBaseBits = this.ramBaseBits;
    const ramSize = this.ramSize;
    const codePages = this.ram?.codePages ?? new Uint8Array(0);
    const bytes = this.bytes;
    const tracer = this.tracer;
    const events = this.events;
    let pc = 0;
    let steps = 0;
    let fetchPage = 1;
    let fetchWordBase = 0;
    let dataDirect = false;
    let resync = true;
    // The outer loop resynchronises after a slow path (`resync = true; continue resynced`); the
    // inner one is the straight line.
    resynced: while (steps < limit) {
      resync = false;
      if (this.attention) {
        const exit = this.service(steps);
        if (exit !== undefined) {
          this.foldCounts();
          return exit;
        }
      }
      pc = this.pcBits;
      fetchPage = this.fetchPage;
      fetchWordBase = this.fetchWordBase;
      // `=== true` and the `| 0` on decoded rows below tell TurboFan these locals are a bit and
      // an int32: loaded as plain field or call results they were re-checked as any JS value
      // (ToBoolean, Smi-or-heap-number) on every instruction, about 14% of the loop (perf annotate).
      dataDirect = this.dataDirect === true;
      while (steps < limit) {
        let w: number;
        let row: number;
        if ((pc & ~0xfff) === fetchPage) {
          const wi = fetchWordBase + ((pc & 0xfff) >>> 2);
          w = words[wi]!;
          row = decodedRows[wi]! - 1;
          if (row < 0) row = this.decodeAt(wi, w) | 0;
        } else if (this.fetchHit(pc)) {
          fetchPage = this.fetchPage;
          fetchWordBase = this.fetchWordBase;
          const wi = fetchWordBase + ((pc & 0xfff) >>> 2);
          w = words[wi]!;
          row = decodedRows[wi]! - 1;
          if (row < 0) row = this.decodeAt(wi, w) | 0;
        } else {
          this.pcBits = pc;
          const wi = this.fetchRefill(pc);
          pc = this.pcBits;
          fetchPage = this.fetchPage;
          fetchWordBase = this.fetchWordBase;
          if (wi >= 0) {
            w = words[wi]!;
            row = decodedRows[wi]! - 1;
            if (row < 0) row = this.decodeAt(wi, w) | 0;
          } else if (wi === FETCHED_FROM_BUS) {
            w = this.busWord;
            row = rowOf(w) | 0;
          } else {
            // The fetch trapped: the step is spent, nothing retires.
            steps++;
            rowCounts[FETCH_FAULT_ROW]!++;
            this.trappedSteps++;
            resync = true;
            continue resynced;
          }
        }
        if (tracer !== undefined) tracer(this, pc >>> 0, w);
        steps++;
        rowCounts[row]!++;
        const rd = (w >>> 7) & 31;
        // One jump table over the decoded row (the instruction table's verdict for this word,
        // loaded above for counting anyway): one case per row, so no case re-checks fields, and
        // an illegal word is ILLEGAL_ROW. Rows are written as literals (INTERPRETER_ROWS checks
        // them against the table at load) because V8 compiles literal cases to a table and
        // cases on variables to a compare chain. Anything a case does not finish (system, CSRs,
        // atomics, illegal words) leaves the switch for `system` below; a taken branch leaves
        // the `taken` block; finished cases `continue`.
        taken: {
        switch (row) {
          // OP-IMM (0x13)
          case 18: // addi
            if (rd !== 0) x[rd] = (x[(w >>> 15) & 31]! + (w >> 20)) | 0;
            pc = (pc + 4) | 0;
            continue;
          case 19: // slti
            if (rd !== 0) x[rd] = x[(w >>> 15) & 31]! < w >> 20 ? 1 : 0;
            pc = (pc + 4) | 0;
            continue;
          case 20: // sltiu
            if (rd !== 0) x[rd] = x[(w >>> 15) & 31]! >>> 0 < (w >> 20) >>> 0 ? 1 : 0;
            pc = (pc + 4) | 0;
            continue;
          case 21: // xori
            if (rd !== 0) x[rd] = x[(w >>> 15) & 31]! ^ (w >> 20);
            pc = (pc + 4) | 0;
            continue;
          case 22: // ori
            if (rd !== 0) x[rd] = x[(w >>> 15) & 31]! | (w >> 20);
            pc = (pc + 4) | 0;
            continue;
          case 23: // andi
            if (rd !== 0) x[rd] = x[(w >>> 15) & 31]! & (w >> 20);
            pc = (pc + 4) | 0;
            continue;
          case 24: // slli
            if (rd !== 0) x[rd] = x[(w >>> 15) & 31]! << ((w >>> 20) & 31);
            pc = (pc + 4) | 0;
            continue;
          case 25: // srli
            if (rd !== 0) x[rd] = x[(w >>> 15) & 31]! >>> ((w >>> 20) & 31);
            pc = (pc + 4) | 0;
            continue;
          case 26: // srai
            if (rd !== 0) x[rd] = x[(w >>> 15) & 31]! >> ((w >>> 20) & 31);
            pc = (pc + 4) | 0;
            continue;
          // OP (0x33): one case per row
          case 27: { // add
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = (a + b) | 0;
            pc = (pc + 4) | 0;
            continue;
          }
          case 28: { // sub
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = (a - b) | 0;
            pc = (pc + 4) | 0;
            continue;
          }
          case 29: { // sll
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = a << (b & 31);
            pc = (pc + 4) | 0;
            continue;
          }
          case 30: { // slt
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = a < b ? 1 : 0;
            pc = (pc + 4) | 0;
            continue;
          }
          case 31: { // sltu
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = a >>> 0 < b >>> 0 ? 1 : 0;
            pc = (pc + 4) | 0;
            continue;
          }
          case 32: { // xor
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = a ^ b;
            pc = (pc + 4) | 0;
            continue;
          }
          case 33: { // srl
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = a >>> (b & 31);
            pc = (pc + 4) | 0;
            continue;
          }
          case 34: { // sra
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = a >> (b & 31);
            pc = (pc + 4) | 0;
            continue;
          }
          case 35: { // or
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = a | b;
            pc = (pc + 4) | 0;
            continue;
          }
          case 36: { // and
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = a & b;
            pc = (pc + 4) | 0;
            continue;
          }
          case 47: { // mul
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = Math.imul(a, b);
            pc = (pc + 4) | 0;
            continue;
          }
          case 48: { // mulh
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = mulh(a, b);
            pc = (pc + 4) | 0;
            continue;
          }
          case 49: { // mulhsu
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = mulhsu(a, b);
            pc = (pc + 4) | 0;
            continue;
          }
          case 50: { // mulhu
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = mulhu(a >>> 0, b >>> 0);
            pc = (pc + 4) | 0;
            continue;
          }
          case 51: { // div
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = div(a, b);
            pc = (pc + 4) | 0;
            continue;
          }
          case 52: { // divu
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = divu(a, b);
            pc = (pc + 4) | 0;
            continue;
          }
          case 53: { // rem
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = rem(a, b);
            pc = (pc + 4) | 0;
            continue;
          }
          case 54: { // remu
            const a = x[(w >>> 15) & 31]!;
            const b = x[(w >>> 20) & 31]!;
            if (rd !== 0) x[rd] = remu(a, b);
            pc = (pc + 4) | 0;
            continue;
          }
          // BRANCH (0x63)
          case 4: // beq
            if (x[(w >>> 15) & 31]! === x[(w >>> 20) & 31]!) break taken;
            pc = (pc + 4) | 0;
            continue;
          case 5: // bne
            if (x[(w >>> 15) & 31]! !== x[(w >>> 20) & 31]!) break taken;
            pc = (pc + 4) | 0;
            continue;
          case 6: // blt
            if (x[(w >>> 15) & 31]! < x[(w >>> 20) & 31]!) break taken;
            pc = (pc + 4) | 0;
            continue;
          case 7: // bge
            if (x[(w >>> 15) & 31]! >= x[(w >>> 20) & 31]!) break taken;
            pc = (pc + 4) | 0;
            continue;
          case 8: // bltu
            if (x[(w >>> 15) & 31]! >>> 0 < x[(w >>> 20) & 31]! >>> 0) break taken;
            pc = (pc + 4) | 0;
            continue;
          case 9: // bgeu
            if (x[(w >>> 15) & 31]! >>> 0 >= x[(w >>> 20) & 31]! >>> 0) break taken;
            pc = (pc + 4) | 0;
            continue;
          // LOAD (0x03) and STORE (0x23). `off` is the RAM offset when nothing but RAM bounds
          // needs checking: untranslated, or a Sv32 TLB hit whose cached flags allow the access
          // (dataOffset; the hit is counted here when the access is served, else the slow path
          // translates again and counts it); else negative. A stored word is no longer decoded;
          // pages holding translated blocks (block tier) take the slow path.
          case 12: { // lw
            const va = (x[(w >>> 15) & 31]! + (w >> 20)) | 0;
            const off = dataDirect ? (va - ramBaseBits) | 0 : this.dataOffset(va, LOAD_PERM, TLB_R);
            if (off >= 0 && off <= ramSize - 4 && (off & 3) === 0) {
              if (!dataDirect) events.tlbHits++;
              if (rd !== 0) x[rd] = words[off >>> 2]!;
              pc = (pc + 4) | 0;
              continue;
            }
            const v = this.loadSlow(pc, va, 4);
            if (v !== TRAPPED && rd !== 0) x[rd] = v;
            resync = true;
            continue resynced;
          }
          case 13: { // lbu
            const va = (x[(w >>> 15) & 31]! + (w >> 20)) | 0;
            const off = dataDirect ? (va - ramBaseBits) | 0 : this.dataOffset(va, LOAD_PERM, TLB_R);
            if (off >= 0 && off < ramSize) {
              if (!dataDirect) events.tlbHits++;
              if (rd !== 0) x[rd] = bytes[off]!;
              pc = (pc + 4) | 0;
              continue;
            }
            const v = this.loadSlow(pc, va, 1);
            if (v !== TRAPPED && rd !== 0) x[rd] = v;
            resync = true;
            continue resynced;
          }
          case 10: { // lb
            const va = (x[(w >>> 15) & 31]! + (w >> 20)) | 0;
            const off = dataDirect ? (va - ramBaseBits) | 0 : this.dataOffset(va, LOAD_PERM, TLB_R);
            if (off >= 0 && off < ramSize) {
              if (!dataDirect) events.tlbHits++;
              if (rd !== 0) x[rd] = (bytes[off]! << 24) >> 24;
              pc = (pc + 4) | 0;
              continue;
            }
            const v = this.loadSlow(pc, va, 1);
            if (v !== TRAPPED && rd !== 0) x[rd] = (v << 24) >> 24;
            resync = true;
            continue resynced;
          }
          case 14: { // lhu (not across a page: translated, that takes two translations)
            const va = (x[(w >>> 15) & 31]! + (w >> 20)) | 0;
            const off = dataDirect ? (va - ramBaseBits) | 0 : this.dataOffset(va, LOAD_PERM, TLB_R);
            if (off >= 0 && off <= ramSize - 2 && (off & 0xfff) !== 0xfff) {
              if (!dataDirect) events.tlbHits++;
              if (rd !== 0) x[rd] = bytes[off]! | (bytes[off + 1]! << 8);
              pc = (pc + 4) | 0;
              continue;
            }
            const v = this.loadSlow(pc, va, 2);
            if (v !== TRAPPED && rd !== 0) x[rd] = v;
            resync = true;
            continue resynced;
          }
          case 11: { // lh
            const va = (x[(w >>> 15) & 31]! + (w >> 20)) | 0;
            const off = dataDirect ? (va - ramBaseBits) | 0 : this.dataOffset(va, LOAD_PERM, TLB_R);
            if (off >= 0 && off <= ramSize - 2 && (off & 0xfff) !== 0xfff) {
              if (!dataDirect) events.tlbHits++;
              if (rd !== 0) x[rd] = ((bytes[off]! | (bytes[off + 1]! << 8)) << 16) >> 16;
              pc = (pc + 4) | 0;
              continue;
            }
            const v = this.loadSlow(pc, va, 2);
            if (v !== TRAPPED && rd !== 0) x[rd] = (v << 16) >> 16;
            resync = true;
            continue resynced;
          }
          case 17: { // sw
            const va = (x[(w >>> 15) & 31]! + immS(w)) | 0;
            const off = dataDirect ? (va - ramBaseBits) | 0 : this.dataOffset(va, STORE_PERM, TLB_W);
            if (off >= 0 && off <= ramSize - 4 && (off & 3) === 0 && codePages[off >>> 12] === 0) {
              if (!dataDirect) events.tlbHits++;
              words[off >>> 2] = x[(w >>> 20) & 31]!;
              decodedRows[off >>> 2] = 0;
              pc = (pc + 4) | 0;
              continue;
            }
            this.storeSlow(pc, va, 4, x[(w >>> 20) & 31]!);
            resync = true;
            continue resynced;
          }
          case 15: { // sb
            const va = (x[(w >>> 15) & 31]! + immS(w)) | 0;
            const off = dataDirect ? (va - ramBaseBits) | 0 : this.dataOffset(va, STORE_PERM, TLB_W);
            if (off >= 0 && off < ramSize && codePages[off >>> 12] === 0) {
              if (!dataDirect) events.tlbHits++;
              bytes[off] = x[(w >>> 20) & 31]!;
              decodedRows[off >>> 2] = 0;
              pc = (pc + 4) | 0;
              continue;
            }
            this.storeSlow(pc, va, 1, x[(w >>> 20) & 31]!);
            resync = true;
            continue resynced;
          }
          case 16: { // sh (inside one word)
            const va = (x[(w >>> 15) & 31]! + immS(w)) | 0;
            const off = dataDirect ? (va - ramBaseBits) | 0 : this.dataOffset(va, STORE_PERM, TLB_W);
            if (off >= 0 && off <= ramSize - 2 && (off & 3) !== 3 && codePages[off >>> 12] === 0) {
              if (!dataDirect) events.tlbHits++;
              const value = x[(w >>> 20) & 31]!;
              bytes[off] = value;
              bytes[off + 1] = value >>> 8;
              decodedRows[off >>> 2] = 0;
              pc = (pc + 4) | 0;
              continue;
            }
            this.storeSlow(pc, va, 2, x[(w >>> 20) & 31]!);
            resync = true;
            continue resynced;
          }
          case 0: // LUI
            if (rd !== 0) x[rd] = w & 0xfffff000;
            pc = (pc + 4) | 0;
            continue;
          case 1: // AUIPC
            if (rd !== 0) x[rd] = (pc + (w & 0xfffff000)) | 0;
            pc = (pc + 4) | 0;
            continue;
          case 2: // JAL
          case 3: { // JALR (0x67), funct3 0
            const t = ((w & 8) !== 0 ? pc + immJ(w) : (x[(w >>> 15) & 31]! + (w >> 20)) & ~1) | 0;
            // A target not on a 4-byte boundary traps on the jump itself (§2.5, IALIGN=32).
            if ((t & 3) !== 0) {
              this.pcBits = pc;
              this.raise(Exception.InstructionAddressMisaligned, t >>> 0);
              resync = true;
              continue resynced;
            }
            if (rd !== 0) x[rd] = (pc + 4) | 0;
            pc = t;
            continue;
          }
          // MISC-MEM (0x0f). One in-order hart with no caches: FENCE has nothing to order.
          // FENCE.I: the decoded-instruction cache is kept coherent with every write, so nothing
          // to flush either.
          case 37: case 40: // fence, fence.i
            pc = (pc + 4) | 0;
            continue;
          // Rows the loop leaves to `system` (SYSTEM, CSRs, atomics; ILLEGAL_ROW), listed so V8
          // compiles the switch to one dense jump table.
          case 38: case 39: case 41: case 42: case 43: case 44: case 45: case 46:
          case 55: case 56: case 57: case 58: case 59: case 60: case 61: case 62: case 63: case 64: case 65:
          case 66: case 67: case 68: case 69: case 70:
            break;
        }
        // System, CSRs, atomics and illegal words.
        this.pcBits = pc;
        this.system(row, w, rd);
        resync = true;
        continue resynced;
        }
        // A taken branch (§2.5: a target not on a 4-byte boundary traps on the branch itself).
        const t = (pc + immB(w)) | 0;
        if ((t & 3) === 0) {
          pc = t;
          continue;
        }
        this.pcBits = pc;
        this.raise(Exception.InstructionAddressMisaligned, t >>> 0);
        resync = true;
        continue resynced;
      }
    }
    if (!resync) this.pcBits = pc;
    this.foldCounts();
    if (this.stopRequest !== undefined) return this.stop(steps);
    return { kind: 'budget', steps };
  }

  /**
   * The RAM offset of a data access at `va` that hits the Sv32 TLB with flags allowing it
   * (translate()'s hit path: `perm` is the access kind's half of the permission table, `pmpBit`
   * its cached PMP verdict), or -1 when the access needs the full path. Counts nothing.
   */
  private dataOffset(va: number, perm: number, pmpBit: number): number {
    if (!this.dataPaged) return -1;
    const tlb = this.tlb;
    const vpn = va >>> 12;
    const i = vpn & tlb.mask;
    const f = tlb.flags[i]!;
    if (tlb.vpn[i] !== vpn || (f & pmpBit) === 0 || this.dataPerm[perm + (f & 0xff)] !== 1) return -1;
    return ((tlb.pageBase[i]! | (va & 0xfff)) - this.ramBaseBits) | 0;
  }

  /** A store the inline paths do not serve: `this.pc` left at the next instruction, or at the trap handler. */
  private storeSlow(pc: number, va: number, width: Width, value: number): void {
    this.pcBits = pc;
    if (this.store(va, width, value)) this.pcBits = (pc + 4) | 0;
  }

  /** A load the inline paths do not serve (translated, device, misaligned word): `this.pc` left at the next instruction, or at the trap handler when it returns TRAPPED. */
  private loadSlow(pc: number, va: number, width: Width): number {
    this.pcBits = pc;
    const v = this.load(va, width);
    if (v !== TRAPPED) this.pcBits = (pc + 4) | 0;
    return v;
  }

  /** The rarer instructions: system, CSR, atomics; `this.pc` is the instruction's address. */
  system(row: number, w: number, rd: number): void {
    const x = this.x;
    const next = (this.pc + 4) >>> 0;
    switch (row) {
      case ECALL: this.raise([Exception.EcallFromU, Exception.EcallFromS, 10, Exception.EcallFromM][this.priv] as ExceptionCause, 0); break;
      // mtval for EBREAK may be the pc or 0 (§3.1.16); QEMU 7.2 writes 0, and so do we.
      case EBREAK: this.raise(Exception.Breakpoint, 0); break;
      case CSRRW: case CSRRS: case CSRRC: case CSRRWI: case CSRRSI: case CSRRCI:
        this.csrInstruction(row, w, rd, next);
        break;
      case LR_W: this.loadReserved(rd, x[(w >>> 15) & 31]!, next); break;
      case SC_W: this.storeConditional(rd, x[(w >>> 15) & 31]!, x[(w >>> 20) & 31]!, next); break;
      case AMOSWAP: case AMOADD: case AMOXOR: case AMOAND: case AMOOR:
      case AMOMIN: case AMOMAX: case AMOMINU: case AMOMAXU:
        this.amo(row, rd, x[(w >>> 15) & 31]!, x[(w >>> 20) & 31]!, next);
        break;
      case MRET: this.mret(w); break;
      case SRET: this.sret(w); break;
      case WFI: this.wfi(w, next); break;
      case SFENCE_VMA: this.sfence(w, next); break;
      default:
        this.raise(Exception.IllegalInstruction, w >>> 0);
        break;
    }
  }

  /** Handles what raised `attention`: pending interrupts, WFI, stop requests. */
  service(steps: number): RunExit | undefined {
    this.attention = false;
    if (this.irqCheck) {
      this.irqCheck = false;
      this.takePendingInterrupt();
    }
    if (this.waiting) {
      this.attention = true;
      return { kind: 'wfi', steps };
    }
    if (this.stopRequest !== undefined) return this.stop(steps);
    if (this.deviceTouched) {
      this.deviceTouched = false;
      if (this.yieldOnDevice()) return { kind: 'device', steps };
    }
    return undefined;
  }

  /** The word fetched through the bus when pc is not in RAM-backed memory (tests' custom buses). */
  busWord = 0;

  private stop(steps: number): RunExit {
    const request = this.stopRequest!;
    this.stopRequest = undefined;
    return { kind: 'stop', steps, request };
  }

  /** Decodes the word at RAM word index `wi` and caches its row (ILLEGAL_ROW when none). */
  private decodeAt(wi: number, w: number): number {
    this.events.decodeMisses++;
    const row = rowOf(w);
    this.decodedRows[wi] = row + 1;
    return row;
  }

  /**
   * The TLB-hit path of fetchRefill, for a pc outside the fetch page: when fetches are
   * Sv32-translated and the TLB holds pc's page with flags allowing the fetch (translate()'s
   * table) on RAM that PMP lets it fetch from whole (fetchPageCacheable), counts the hit and
   * caches the page exactly as fetchRefill would, and returns true. Otherwise it changes nothing
   * (the caller calls fetchRefill). The interpreter and the block tier cross pages through it.
   */
  fetchHit(pc: number): boolean {
    const base = this.fetchHitWordBase(pc);
    if (base < 0) return false;
    this.events.tlbHits++;
    this.fetchPage = pc & ~0xfff;
    this.fetchWordBase = base;
    return true;
  }

  /** The RAM word index of the first word of pc's page when fetchHit would succeed there, else -1; no effects (trace building). */
  fetchHitWordBase(pc: number): number {
    if ((this.satp & SV32) === 0 || this.priv >= M_MODE) return -1;
    const tlb = this.tlb;
    const vpn = pc >>> 12;
    const i = vpn & tlb.mask;
    if (tlb.vpn[i] !== vpn) return -1;
    const f = tlb.flags[i]!;
    if (this.fetchPerm[FETCH_PERM + (f & 0xff)] !== 1 || (f & PMP_X) === 0) return -1;
    const off = (tlb.pageBase[i]! - this.ramBaseBits) | 0;
    if (off < 0 || off > this.ramSize - 4096) return -1;
    return off >>> 2;
  }

  /**
   * Fetch slow path: translates pc, checks it is executable RAM, and caches the page for the
   * fast path. Returns the RAM word index, or -1 after taking the fetch trap.
   */
  fetchRefill(pc: number): number {
    const pa = this.translate(pc | 0, FETCH_ACCESS, 4, this.priv);
    if (pa === -1) return -1;
    const off = (pa - this.ramBaseBits) | 0;
    if (this.ram === undefined || off < 0 || off > this.ramSize - 4) {
      // Not RAM: fetch through the bus (a device or a hole answers with an access fault).
      const v = this.bus.load(pa >>> 0, 4);
      if (isFault(v)) {
        this.raise(Exception.InstructionAccessFault, pc >>> 0);
        return -1;
      }
      this.busWord = v | 0;
      return FETCHED_FROM_BUS;
    }
    // Cache the page only when the whole page was checked (translation or PMP per page).
    if (this.fetchPageCacheable(pa, pc)) {
      this.fetchPage = pc & ~0xfff;
      this.fetchWordBase = (off - (pc & 0xfff)) >>> 2;
    }
    return off >>> 2;
  }

  // ---------------------------------------------------------------- traps and interrupts

  /**
   * Takes a synchronous exception at the current pc (§3.1.6.1, §3.1.7, §4.1.1): to S-mode when
   * the hart is not in M and medeleg delegates the cause, else to M.
   */
  raise(cause: ExceptionCause, tval: number): void {
    this.trappedSteps++;
    this.events.exceptions++;
    this.exceptionCounts[cause]!++;
    this.lastTrap = trap(cause, tval);
    this.enterTrap(cause, tval >>> 0, false);
  }

  private enterTrap(cause: number, tval: number, interrupt: boolean): void {
    this.extraCycles += EVENT_CYCLES.trap;
    const deleg = interrupt ? this.mideleg : this.medeleg;
    const causeValue = interrupt ? (0x80000000 | cause) >>> 0 : cause;
    this.reservation = -1;
    if (this.priv <= PRIV_S && ((deleg >>> cause) & 1) !== 0) {
      this.sepc = this.pc;
      this.scause = causeValue;
      this.stval = tval;
      let s = this.mstatus & ~(MSTATUS_SPIE | MSTATUS_SIE | MSTATUS_SPP);
      if ((this.mstatus & MSTATUS_SIE) !== 0) s |= MSTATUS_SPIE;
      if (this.priv === PRIV_S) s |= MSTATUS_SPP;
      this.mstatus = s;
      this.priv = PRIV_S;
      this.pc = vectorTarget(this.stvec, cause, interrupt);
    } else {
      this.mepc = this.pc;
      this.mcause = causeValue;
      this.mtval = tval;
      let s = this.mstatus & ~(MSTATUS_MPIE | MSTATUS_MIE | MSTATUS_MPP);
      if ((this.mstatus & MSTATUS_MIE) !== 0) s |= MSTATUS_MPIE;
      s |= this.priv << MSTATUS_MPP_SHIFT;
      this.mstatus = s;
      this.priv = PRIV_M;
      this.pc = vectorTarget(this.mtvec, cause, interrupt);
    }
    this.contextChanged();
  }

  /** The effective mip: software-written bits plus device lines (SEIP is the OR of both, §3.1.9). */
  mipValue(): number {
    return this.mipSoftware | this.mipLines;
  }

  /** Called by CLINT/PLIC lines: drives mip bit `bit` (MSIP, MTIP, MEIP or SEIP). */
  setInterruptLine(bit: number, level: boolean): void {
    const mask = 1 << bit;
    const next = level ? this.mipLines | mask : this.mipLines & ~mask;
    if (next === this.mipLines) return;
    this.mipLines = next;
    this.interruptsChanged();
  }

  /** Re-evaluate interrupts before the next instruction (after mip/mie/mideleg/mstatus/priv changes). */
  interruptsChanged(): void {
    this.irqCheck = this.attention = true;
    if (this.waiting && (this.mipValue() & this.mie) !== 0) this.waiting = false;
  }

  /** The highest-priority interrupt that is pending, enabled and not masked (§3.1.9), or -1. */
  pendingInterrupt(): number {
    const pending = this.mipValue() & this.mie;
    if (pending === 0) return -1;
    const mEnabled = this.priv < PRIV_M || (this.mstatus & MSTATUS_MIE) !== 0;
    const sEnabled = this.priv < PRIV_S || (this.priv === PRIV_S && (this.mstatus & MSTATUS_SIE) !== 0);
    const toM = mEnabled ? pending & ~this.mideleg : 0;
    const toS = sEnabled ? pending & this.mideleg : 0;
    const candidates = toM !== 0 ? toM : toS;
    if (candidates === 0) return -1;
    for (const cause of INTERRUPT_PRIORITY) if ((candidates >>> cause) & 1) return cause;
    return -1;
  }

  private takePendingInterrupt(): void {
    if ((this.mipValue() & this.mie) !== 0) this.waiting = false;
    const cause = this.pendingInterrupt();
    if (cause < 0) return;
    this.events.interrupts++;
    this.interruptCounts[cause]!++;
    this.enterTrap(cause, 0, true);
  }

  /** MRET (§3.3.2): priv <- MPP, MIE <- MPIE, MPIE <- 1, MPP <- U; MPRV <- 0 when leaving M. */
  private mret(w: number): void {
    if (this.priv < PRIV_M) {
      this.raise(Exception.IllegalInstruction, w >>> 0);
      return;
    }
    const s = this.mstatus;
    const target = (s & MSTATUS_MPP) >>> MSTATUS_MPP_SHIFT;
    // QEMU 7.2 (target/riscv/op_helper.c, helper_mret) refuses to leave M while no PMP entry is
    // active: S/U could not fetch anything anyway (§3.7.1: no match below M fails). We do the
    // same so the differential suite matches; later QEMUs raise an access fault instead.
    if (target !== PRIV_M && this.pmp.activeRules() === 0) {
      this.raise(Exception.IllegalInstruction, w >>> 0);
      return;
    }
    let next = (s & ~(MSTATUS_MIE | MSTATUS_MPP)) | MSTATUS_MPIE;
    if ((s & MSTATUS_MPIE) !== 0) next |= MSTATUS_MIE;
    if (target !== PRIV_M) next &= ~MSTATUS_MPRV;
    this.xret(next, target, this.mepc);
  }

  /** SRET (§3.3.2): illegal in U, and in S when TSR=1; priv <- SPP, SIE <- SPIE, SPIE <- 1, SPP <- U. */
  private sret(w: number): void {
    if (this.priv === PRIV_U || (this.priv === PRIV_S && (this.mstatus & MSTATUS_TSR) !== 0)) {
      this.raise(Exception.IllegalInstruction, w >>> 0);
      return;
    }
    const s = this.mstatus;
    const target = (s & MSTATUS_SPP) !== 0 ? PRIV_S : PRIV_U;
    let next = (s & ~(MSTATUS_SIE | MSTATUS_SPP)) | MSTATUS_SPIE;
    if ((s & MSTATUS_SPIE) !== 0) next |= MSTATUS_SIE;
    next &= ~MSTATUS_MPRV; // the target is below M
    this.xret(next, target, this.sepc);
  }

  private xret(mstatus: number, priv: number, pc: number): void {
    this.events.xrets++;
    this.extraCycles += EVENT_CYCLES.xret;
    this.mstatus = mstatus;
    this.priv = priv;
    this.reservation = -1;
    this.pc = pc >>> 0;
    this.contextChanged();
  }

  /**
   * WFI (§3.3.3): illegal in U-mode (S is implemented) and, with TW=1, below M. Otherwise the
   * hart stops until an interrupt is pending in mip & mie, whatever the global enables say.
   */
  private wfi(w: number, next: number): void {
    if (this.priv === PRIV_U || (this.priv < PRIV_M && (this.mstatus & MSTATUS_TW) !== 0)) {
      this.raise(Exception.IllegalInstruction, w >>> 0);
      return;
    }
    this.events.wfis++;
    this.pc = next;
    if ((this.mipValue() & this.mie) === 0) this.waiting = this.attention = true;
  }

  /** SFENCE.VMA (§4.2.1): illegal in U, and in S when TVM=1. */
  private sfence(w: number, next: number): void {
    if (this.priv === PRIV_U || (this.priv === PRIV_S && (this.mstatus & MSTATUS_TVM) !== 0)) {
      this.raise(Exception.IllegalInstruction, w >>> 0);
      return;
    }
    this.events.sfences++;
    this.extraCycles += EVENT_CYCLES.sfence;
    const rs1 = (w >>> 15) & 31;
    if (rs1 === 0) this.tlb.flushAll();
    else this.tlb.flushVa(this.x[rs1]! >>> 0);
    this.fetchPage = 1;
    this.pc = next;
  }

  // ---------------------------------------------------------------- CSRs

  /** Zicsr (unprivileged ch. 9): reads unless csrrw(i) with rd=x0; writes unless rs1/uimm = 0 for set/clear. */
  private csrInstruction(row: number, w: number, rd: number, next: number): void {
    const n = w >>> 20;
    const field = (w >>> 15) & 31;
    const imm = row === CSRRWI || row === CSRRSI || row === CSRRCI;
    const src = imm ? field : this.x[field]!;
    const isWrite = row === CSRRW || row === CSRRWI;
    const writes = isWrite || field !== 0;
    const reads = !isWrite || rd !== 0;
    if (!csrAccessible(this, n, writes)) {
      this.raise(Exception.IllegalInstruction, w >>> 0);
      return;
    }
    let old = 0;
    if (reads || !isWrite) {
      const v = csrRead(this, n);
      if (v === undefined) {
        this.raise(Exception.IllegalInstruction, w >>> 0);
        return;
      }
      old = v;
    }
    if (writes) {
      const base = isWrite ? 0 : csrModifyBase(this, n, old);
      const value = isWrite ? src : row === CSRRS || row === CSRRSI ? base | src : base & ~src;
      if (!csrWrite(this, n, value >>> 0)) {
        this.raise(Exception.IllegalInstruction, w >>> 0);
        return;
      }
    }
    if (rd !== 0) this.x[rd] = old | 0;
    this.pc = next;
  }

  /** time CSR: the CLINT's mtime (10 MHz, including guest writes to mtime), or this hart's cycles converted when standalone. */
  time(): bigint {
    return this.timeSource !== undefined ? this.timeSource() : BigInt(Math.floor(this.cycle / CYCLES_PER_TICK));
  }

  setMstatus(value: number): void {
    this.mstatus = value >>> 0;
    this.contextChanged();
  }

  /** satp (§4.1.11): MODE Bare or Sv32; a write with an unsupported mode has no effect (WARL). */
  setSatp(value: number): void {
    this.satp = value >>> 0;
    // Changing the address space: cached translations of the old one must not be used. The
    // spec lets software do this with SFENCE.VMA; flushing here as well is what QEMU 7.2 does.
    this.tlb.flushAll();
    this.contextChanged();
  }

  pmpWrite(n: number, v: number): boolean {
    const ok = this.pmp.csrWrite(n, v);
    this.contextChanged();
    return ok;
  }

  /**
   * Recomputes what the fast paths rely on after privilege, mstatus, satp or PMP changed: the
   * effective data privilege (MPRV), whether accesses are translated, and the permission tables.
   */
  /** After a snapshot restore: recompute derived state, keeping the restored TLB. */
  restored(): void {
    this.refold();
    this.pmpVersion = this.pmp.version;
    this.stopRequest = undefined;
    this.contextChanged();
    this.ram?.invalidateAll();
  }

  contextChanged(): void {
    this.irqCheck = this.attention = true;
    this.fetchPage = 1;
    if (this.pmp.version !== this.pmpVersion) {
      this.pmpVersion = this.pmp.version;
      this.tlb.flushAll();
    }
    const s = this.mstatus;
    this.dataPriv = this.priv === PRIV_M && (s & MSTATUS_MPRV) !== 0 ? (s & MSTATUS_MPP) >>> MSTATUS_MPP_SHIFT : this.priv;
    const paged = (this.satp & SATP_MODE_SV32) !== 0;
    this.dataPaged = paged && this.dataPriv < PRIV_M;
    this.dataDirect = !this.dataPaged && this.dataPriv === PRIV_M && !this.pmp.anyLocked();
    const sum = (s & MSTATUS_SUM) !== 0;
    const mxr = (s & MSTATUS_MXR) !== 0;
    this.dataPerm = HIT_PERMITS[permKey(this.dataPriv, sum, mxr)]!;
    this.fetchPerm = HIT_PERMITS[permKey(this.priv, sum, mxr)]!;
  }

  // ---------------------------------------------------------------- memory
  //
  // Addresses travel through these paths as int32 bit patterns (`va | 0`, `pa | 0`): V8 keeps
  // int32 values unboxed, while unsigned values >= 2^31 (all of RAM at 0x80000000) would be
  // boxed as heap numbers on every call and return. They become unsigned (>>> 0) only where a
  // value is shown to the guest (tval) or handed to the bus.

  /**
   * Translates `va` (int32 bits) for an access of `size` bytes at effective privilege `priv`,
   * applying Sv32 and PMP. Returns the physical address as int32 bits, or -1 after raising the
   * fault (tval = va). Physical address 0xffffffff is never backed, so -1 is unambiguous: an
   * access there is refused here as an access fault.
   */
  private translate(va: number, access: Access, size: number, priv: number): number {
    const paged = access === FETCH_ACCESS ? (this.satp & SV32) !== 0 && priv < M_MODE : this.dataPaged;
    if (!paged) return this.physicalCheck(va, va, size, access, priv);
    const tlb = this.tlb;
    const vpn = va >>> 12;
    const i = vpn & tlb.mask;
    if (tlb.vpn[i] === vpn) {
      const f = tlb.flags[i]!;
      const allowed = access === FETCH_ACCESS ? this.fetchPerm[FETCH_PERM + (f & 0xff)] : this.dataPerm[access * 256 + (f & 0xff)];
      if (allowed === 1) {
        this.events.tlbHits++;
        const pa = tlb.pageBase[i]! | (va & 0xfff);
        if ((f & PMP_BY_ACCESS[access]!) !== 0) return pa;
        return this.physicalCheck(pa, va, size, access, priv);
      }
    }
    return this.translateMiss(va, vpn, access, size, priv);
  }

  /** TLB miss (or a hit whose cached flags do not allow the access, e.g. D still clear): walk. */
  private translateMiss(va: number, vpn: number, access: Access, size: number, priv: number): number {
    this.events.tlbMisses++;
    const refsBefore = this.events.pageWalkRefs;
    const s = this.mstatus;
    const result = walkSv32(
      this.bus,
      this.satp,
      va >>> 0,
      access,
      priv,
      (s & MSTATUS_SUM) !== 0,
      (s & MSTATUS_MXR) !== 0,
      this.pmpForWalk,
      this.events,
    );
    this.extraCycles += EVENT_CYCLES.tlbMiss + (this.events.pageWalkRefs - refsBefore) * EVENT_CYCLES.pageWalkRef;
    if (typeof result === 'number') {
      this.raise(result, va >>> 0);
      return -1;
    }
    // Sv32 reaches 34-bit physical addresses; nothing on this machine lives above 4 GiB.
    if (result.pageBase >= TWO32) {
      this.raise(ACCESS_FAULT[access]!, va >>> 0);
      return -1;
    }
    let flags = result.flags | (result.level === 1 ? TLB_SUPERPAGE : 0);
    const uniform = this.pmp.pageVerdict(result.pageBase, priv);
    if (uniform >= 0) flags |= (uniform & 1 ? TLB_PMP_R : 0) | (uniform & 2 ? TLB_PMP_W : 0) | (uniform & 4 ? TLB_PMP_X : 0);
    this.tlb.fill(vpn, result.pageBase | 0, flags);
    const pa = (result.pageBase | 0) | (va & 0xfff);
    if ((flags & TLB_PMP_BY_ACCESS[access]!) !== 0) return pa;
    return this.physicalCheck(pa, va, size, access, priv);
  }

  /** PTE reads and A/D writes are checked by PMP as S-mode accesses (§3.7.1). */
  private readonly pmpForWalk = (pa: number, n: number, kind: Access): boolean => this.pmp.check(pa, n, kind, PRIV_S);

  /** PMP for a physical access (int32 bits); returns pa, or -1 after raising the access fault. */
  private physicalCheck(pa: number, va: number, size: number, access: Access, priv: number): number {
    if (pa !== -1 && ((priv === PRIV_M && !this.pmp.anyLocked()) || this.pmp.check(pa >>> 0, size, access, priv))) return pa;
    this.raise(ACCESS_FAULT[access]!, va >>> 0);
    return -1;
  }

  /** Whether the fetch verdict for `pa`'s page holds for every address in it (so the page may be cached). */
  private fetchPageCacheable(pa: number, pc: number): boolean {
    const paged = (this.satp & SV32) !== 0 && this.priv < M_MODE;
    if (paged) {
      const i = (pc >>> 12) & this.tlb.mask;
      return this.tlb.vpn[i] === pc >>> 12 && (this.tlb.flags[i]! & PMP_X) !== 0;
    }
    if (this.priv === M_MODE && !this.pmp.anyLocked()) return true;
    const verdict = this.pmp.pageVerdict((pa & ~0xfff) >>> 0, this.priv);
    return verdict >= 0 && (verdict & 4) !== 0;
  }

  /** A load of `width` bytes at `va` (int32 bits): the value (int32; zero-extended for 1 and 2 bytes), or TRAPPED after raising the fault. */
  load(va: number, width: Width): number {
    let pa = va;
    if (!this.dataDirect) {
      if ((va & 0xfff) + width > 4096) return this.loadCrossing(va, width);
      pa = this.translate(va, LOAD, width, this.dataPriv);
      if (pa === -1) return TRAPPED;
    }
    const off = (pa - this.ramBaseBits) | 0;
    if (off >= 0 && off <= this.ramSize - width) {
      if (width === 4) return (off & 3) === 0 ? this.words[off >>> 2]! : this.bytes[off]! | (this.bytes[off + 1]! << 8) | (this.bytes[off + 2]! << 16) | (this.bytes[off + 3]! << 24);
      if (width === 1) return this.bytes[off]!;
      return this.bytes[off]! | (this.bytes[off + 1]! << 8);
    }
    return this.loadDevice(pa, va, width);
  }

  private loadDevice(pa: number, va: number, width: Width): number {
    this.events.deviceAccesses++;
    this.extraCycles += EVENT_CYCLES.deviceAccess;
    this.irqCheck = this.attention = this.deviceTouched = true;
    const v = this.bus.load(pa >>> 0, width);
    if (isFault(v)) {
      this.raise(Exception.LoadAccessFault, va >>> 0);
      return TRAPPED;
    }
    return v | 0;
  }

  /** A misaligned load spanning two pages: translate both, then read byte by byte (as QEMU). */
  private loadCrossing(va: number, width: Width): number {
    const pas: number[] = [];
    for (let k = 0; k < width; k++) {
      const pa = this.translate((va + k) | 0, LOAD, 1, this.dataPriv);
      if (pa === -1) return TRAPPED;
      pas.push(pa);
    }
    let v = 0;
    for (let k = 0; k < width; k++) {
      const off = (pas[k]! - this.ramBaseBits) | 0;
      const b = off >= 0 && off < this.ramSize ? this.bytes[off]! : this.loadDevice(pas[k]!, va, 1);
      if (b === TRAPPED) return TRAPPED;
      v |= b << (8 * k);
    }
    return v;
  }

  /** A store of the low `width` bytes of `value` at `va` (int32 bits); true on success, false after raising the fault. */
  store(va: number, width: Width, value: number): boolean {
    let pa = va;
    if (!this.dataDirect) {
      if ((va & 0xfff) + width > 4096) return this.storeCrossing(va, width, value);
      pa = this.translate(va, STORE, width, this.dataPriv);
      if (pa === -1) return false;
    }
    const off = (pa - this.ramBaseBits) | 0;
    if (off >= 0 && off <= this.ramSize - width) {
      this.storeRam(off, width, value);
      return true;
    }
    return this.storeDevice(pa, va, width, value);
  }

  /** Writes RAM at region offset `off`, keeping the decode cache and the block tier coherent. */
  private storeRam(off: number, width: Width, value: number): void {
    if (width === 4 && (off & 3) === 0) this.words[off >>> 2] = value;
    else {
      const bytes = this.bytes;
      bytes[off] = value;
      if (width >= 2) bytes[off + 1] = value >>> 8;
      if (width === 4) {
        bytes[off + 2] = value >>> 16;
        bytes[off + 3] = value >>> 24;
      }
    }
    this.ram!.invalidate(off, width);
  }

  private storeDevice(pa: number, va: number, width: Width, value: number): boolean {
    this.events.deviceAccesses++;
    this.extraCycles += EVENT_CYCLES.deviceAccess;
    this.irqCheck = this.attention = this.deviceTouched = true;
    if (this.bus.store(pa >>> 0, width, value) !== undefined) {
      this.raise(Exception.StoreAccessFault, va >>> 0);
      return false;
    }
    return true;
  }

  private storeCrossing(va: number, width: Width, value: number): boolean {
    const pas: number[] = [];
    for (let k = 0; k < width; k++) {
      const pa = this.translate((va + k) | 0, STORE, 1, this.dataPriv);
      if (pa === -1) return false;
      pas.push(pa);
    }
    for (let k = 0; k < width; k++) {
      const off = (pas[k]! - this.ramBaseBits) | 0;
      const byte = (value >>> (8 * k)) & 0xff;
      if (off >= 0 && off < this.ramSize) this.storeRam(off, 1, byte);
      else if (!this.storeDevice(pas[k]!, va, 1, byte)) return false;
    }
    return true;
  }

  /** LR.W (§8.2): misaligned -> load address misaligned; registers a reservation on success. */
  private loadReserved(rd: number, va: number, next: number): void {
    if ((va & 3) !== 0) {
      this.raise(Exception.LoadAddressMisaligned, va >>> 0);
      return;
    }
    const v = this.load(va, 4);
    if (v === TRAPPED) return;
    this.reservation = va >>> 0;
    if (rd !== 0) this.x[rd] = v;
    this.pc = next;
  }

  /** SC.W (§8.2): stores and writes 0 iff the reservation covers addr, else writes 1; always clears it. */
  private storeConditional(rd: number, va: number, value: number, next: number): void {
    // Reservations are aligned, so a misaligned SC.W simply fails (as on QEMU 7.2, which
    // compares the reservation before touching memory; the spec also permits a trap).
    const ok = this.reservation === va >>> 0;
    this.reservation = -1;
    if (ok && !this.store(va, 4, value)) return;
    if (rd !== 0) this.x[rd] = ok ? 0 : 1;
    this.pc = next;
  }

  /** AMO*.W (§8.4): rd <- M[addr]; M[addr] <- f(M[addr], rs2). Needs read and write permission. */
  private amo(row: number, rd: number, va: number, src: number, next: number): void {
    if ((va & 3) !== 0) {
      this.raise(AMO_MISALIGNED, va >>> 0);
      return;
    }
    // Translate as a store (faults are store/AMO faults), then read and write the same word.
    let pa = va;
    if (!this.dataDirect) {
      pa = this.translate(va, STORE, 4, this.dataPriv);
      if (pa === -1) return;
    }
    const off = (pa - this.ramBaseBits) | 0;
    const inRam = off >= 0 && off <= this.ramSize - 4;
    let m: number;
    if (inRam) m = this.words[off >>> 2]!;
    else {
      const v = this.bus.load(pa >>> 0, 4);
      if (isFault(v)) {
        this.raise(Exception.StoreAccessFault, va >>> 0);
        return;
      }
      m = v | 0;
    }
    const result = amoResult(row, m, src);
    if (inRam) this.storeRam(off, 4, result);
    else if (!this.storeDevice(pa, va, 4, result)) return;
    if (rd !== 0) this.x[rd] = m;
    this.pc = next;
  }

  // ---------------------------------------------------------------- host helpers

  /** Legacy accessors kept for tests that read CSRs directly. */
  csrRead(n: number): number | undefined {
    return csrRead(this, n);
  }

  csrWrite(n: number, v: number): boolean {
    return csrWrite(this, n, v >>> 0);
  }
}

const FETCHED_FROM_BUS = -2;
// Module-local copies for the dispatch loop (see `lookup` below).
const TLB_R = TLB_PMP_R;
const TLB_W = TLB_PMP_W;
// ... and for the paths a fetch takes at every page crossing (fetchRefill, translate,
// fetchPageCacheable): under tsx's CommonJS transform their imported constants were getter
// calls that took nearly half the interpreter's time on a paged U-mode guest (43 -> ~80 M/s).
const FETCH_ACCESS = FETCH;
const SV32 = SATP_MODE_SV32;
const M_MODE = PRIV_M;
const PMP_X = TLB_PMP_X;
const PMP_BY_ACCESS = TLB_PMP_BY_ACCESS;
/** Offsets of the load, store and fetch parts of a HIT_PERMITS table. */
const LOAD_PERM = LOAD * 256;
const STORE_PERM = STORE * 256;
const FETCH_PERM = FETCH * 256;

// Module-local copies of the decoder's helpers: under a CommonJS transform (tsx, vitest) an
// imported binding is a getter call on every use, which the dispatch loop cannot afford.
const lookup = decoding.lookup;
const immB = decoding.immB;
const immJ = decoding.immJ;
const immS = decoding.immS;

/** The instruction-table row of a word, or ILLEGAL_ROW. */
function rowOf(w: number): number {
  const spec = lookup(w);
  return spec === undefined ? ILLEGAL_ROW : ROW_OF_SPEC.get(spec)!;
}

/** Trap target (§3.1.7): BASE, plus 4 x cause for interrupts in vectored mode. */
function vectorTarget(tvec: number, cause: number, interrupt: boolean): number {
  const base = tvec & ~3;
  return ((tvec & 3) === 1 && interrupt ? base + 4 * cause : base) >>> 0;
}

function amoResult(row: number, m: number, s: number): number {
  switch (row) {
    case AMOSWAP: return s;
    case AMOADD: return (m + s) | 0;
    case AMOXOR: return m ^ s;
    case AMOAND: return m & s;
    case AMOOR: return m | s;
    case AMOMIN: return Math.min(m, s);
    case AMOMAX: return Math.max(m, s);
    case AMOMINU: return m >>> 0 < s >>> 0 ? m : s;
    default: return m >>> 0 > s >>> 0 ? m : s; // AMOMAXU
  }
}

// Division by zero and overflow (unprivileged spec 20191213, §7.2, table 7.1).
function div(a: number, b: number): number {
  if (b === 0) return -1;
  if (a === -0x80000000 && b === -1) return a;
  return (a / b) | 0;
}
function divu(a: number, b: number): number {
  if (b === 0) return -1;
  return ((a >>> 0) / (b >>> 0)) | 0;
}
function rem(a: number, b: number): number {
  if (b === 0) return a;
  if (b === -1) return 0;
  return a % b | 0;
}
function remu(a: number, b: number): number {
  if (b === 0) return a;
  return ((a >>> 0) % (b >>> 0)) | 0;
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

const NEVER = (): boolean => false;

export type { ExceptionCause };
