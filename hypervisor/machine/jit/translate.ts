// Code generation: one decoded basic block (rows + words + its virtual pc) -> one JavaScript
// function `(cpu, budget) => steps`, built from row-code.ts's per-op templates. Hands on the
// function to block-cache.ts. The function leaves the hart exactly as the interpreter would
// after the same instructions (cpu.ts `interpret`): registers, pc, runCounts, memory.
//
// Shape of a generated block:
//   - registers it touches live in locals (`r5`), loaded at entry, written back at every exit;
//   - instruction counts are static per position (iterations x block + instructions so far):
//     they are added to cpu.runCounts at the exits, and around each slow call (cpu.load/store,
//     cpu.system: a device or CSR may read mcycle/minstret there, so they must be exact) added
//     before it and taken back after it when the block goes on; the fast paths count nothing;
//   - a block whose terminator branches back to its own start loops inside the function while
//     the budget allows a whole iteration (the hot path). It needs no look at `cpu.attention`
//     there: attention is clear when the tier calls a block, and within it only a slow call
//     (a device, a walk, a trap) can raise it, after which the block leaves at once;
//   - loads/stores take an inline RAM path when the hart's data accesses are direct (M-mode
//     without MPRV/locked PMP), or an inline TLB-hit path when they are Sv32-translated (the
//     entry's flags allowed by the context's table, data-perm.ts, PMP uniform on the page; the
//     hit counted as translate() counts it), and for stores the page holds no translated
//     code; else `cpu.load/store`;
//     after such a slow call the block ends if attention was raised (an interrupt must be
//     taken before the next instruction) or translated code was written (the next
//     instruction must be re-fetched, as QEMU ends a TB after a store to a code page).

import type { Cpu } from '../cpu.ts';
import { mulh, mulhsu, mulhu } from '../cpu.ts';
import { immB, immJ, immS } from '../decode.ts';
import { INSNS, type Op } from '../isa.ts';
import { Exception } from '../trap.ts';
import { fetchPermOf, PERM_LOAD, PERM_STORE } from './data-perm.ts';
import { div, divu, rem, remu, ROW_CODE, type InsnOperands, type RowCode } from './row-code.ts';

/**
 * A compiled block: returns the steps it executed (>= 1); needs budget >= its length. `perm` is
 * the hart's data permission table for the inline TLB-hit paths (data-perm.ts dataPermOf, or
 * NO_PAGING when data accesses are not translated).
 */
export type BlockFn = (cpu: Cpu, budget: number, perm: Uint8Array) => number;

/**
 * A further stretch of a loop trace (trace.ts): consecutive words of one page that the path
 * reaches from the previous stretch (or, for stretch 0, the last stretch's back edge).
 */
export interface TraceSegment {
  /** Index in the plan's rows/words of its first instruction. */
  readonly start: number;
  /** Virtual address of that instruction, int32 bits. */
  readonly pc: number;
  /**
   * Set when the path enters it from another page: the fetch leaves the hart's fetch page
   * there, so the code checks (and counts) the TLB hit as cpu.fetchHit does, and
   * expects the page where the trace was built (pageBase: physical page address, int32 bits;
   * wordBase: its first RAM word).
   */
  readonly crossing?: { readonly vpn: number; readonly pageBase: number; readonly wordBase: number };
}

/**
 * One block to translate: consecutive words of one page, the last possibly a terminator; or,
 * with `segments`, a loop trace: several such stretches joined by the terminators the path
 * takes, the last one leading back to the first.
 */
export interface BlockPlan {
  /** Virtual address of the first instruction, int32 bits (4-aligned). */
  readonly pc: number;
  readonly rows: readonly number[];
  readonly words: readonly number[];
  /**
   * Emit the inline RAM paths (the hart's data accesses were direct when it was compiled). Only
   * a speed choice: without them every access goes through cpu.load/store, which is right in
   * any mode; with them the code still checks `cpu.dataDirect` at run time.
   */
  readonly inlineRam?: boolean;
  /**
   * Emit inline TLB-hit paths (the hart's data accesses were Sv32-translated when it was
   * compiled): a hit whose flags `perm` allows reaches RAM directly, counting the TLB hit as
   * the hart's translate() does; anything else still goes through cpu.load/store.
   */
  readonly inlineTlb?: boolean;
  /** A loop trace's stretches (segment 0 starts at row 0 and pc); absent for a plain block. */
  readonly segments?: readonly TraceSegment[];
}

/** Per-RAM constants and objects the generated code closes over. */
export interface BlockEnv {
  readonly ramBase: number;
  readonly ramSize: number;
  readonly bytes: Uint8Array;
  readonly codePages: Uint8Array;
  /** Bumped whenever blocks are invalidated; a block ends when it changed under one of its stores. */
  readonly epoch: { codeWrites: number };
}

/** Row index standing for an illegal word (the hart's decodedRows convention). */
export const ILLEGAL_ROW = INSNS.length;

/** Value returned by cpu.load when the access trapped (cpu.ts TRAPPED). */
const TRAPPED = 2 ** 33;

/** The code kind of a row (an illegal word is executed by `system`, which raises). */
export function rowCode(row: number): RowCode {
  const spec = INSNS[row];
  return spec === undefined ? { kind: 'system' } : ROW_CODE[spec.op as Op];
}

/** Whether a row ends a block (control flow, or anything the hart must do itself). */
export function endsBlock(row: number): boolean {
  const k = rowCode(row).kind;
  return k === 'branch' || k === 'jal' || k === 'jalr' || k === 'system';
}

/** Per row: 1 for loads and stores (each costs a slow path and an exit in the generated code). */
export const MEMORY_ROW: Uint8Array = Uint8Array.from({ length: INSNS.length + 1 }, (_, row) => {
  const k = rowCode(row).kind;
  return k === 'load' || k === 'store' ? 1 : 0;
});

/** endsBlock per row (the illegal row included), for the scan on the dispatch path. */
export const ENDS_BLOCK: Uint8Array = Uint8Array.from({ length: INSNS.length + 1 }, (_, row) => (endsBlock(row) ? 1 : 0));

const HELPERS = { mulh, mulhsu, mulhu, div, divu, rem, remu, fetchPermOf };

/** Compiles a block; throws only on a translator bug (the caller falls back to the interpreter). */
export function compileBlock(plan: BlockPlan, env: BlockEnv): BlockFn {
  const source = blockSource(plan, env);
  let make = FACTORIES.get(source);
  if (make === undefined) {
    make = new Function('H', 'E', source) as Factory;
    // Bounded: forget everything when full (the functions stay alive while blocks use them).
    if (factoryChars + source.length > MAX_FACTORY_CHARS) {
      FACTORIES.clear();
      factoryChars = 0;
    }
    FACTORIES.set(source, make);
    factoryChars += source.length;
  }
  return make(HELPERS, env);
}

type Factory = (h: typeof HELPERS, e: BlockEnv) => BlockFn;

/**
 * Block factories by source text, shared by every machine in the process: the same guest code
 * on another machine (or after an invalidation) reuses the factory, and with it V8's type
 * feedback and optimized code for it, instead of warming up a new function from scratch.
 */
const FACTORIES = new Map<string, Factory>();
/** Source text kept for the lookup (about 2 bytes a character). */
const MAX_FACTORY_CHARS = 8 * 1024 * 1024;
let factoryChars = 0;

/** The JavaScript source of a block's factory (exported for tests and debugging). */
export function blockSource(plan: BlockPlan, env: BlockEnv): string {
  return new Emitter(plan, env).source();
}

const reg = (n: number): string => (n === 0 ? '0' : `r${n}`);
const u32 = (n: number): string => String(n >>> 0);
const i32 = (n: number): string => String(n | 0);

class Emitter {
  private readonly out: string[] = [];
  /** prefix[k]: the rows of instructions 0..k (row -> count), in first-seen order. */
  private readonly prefix: Map<number, number>[] = [];
  private readonly written = new Set<number>();
  private readonly read = new Set<number>();
  private readonly loops: boolean;
  private readonly len: number;
  /** Virtual pc of each instruction (int32). */
  private readonly pcs: number[] = [];
  /** Trace only: instruction index ending a segment -> index of the segment the path goes on to. */
  private readonly edges = new Map<number, number>();
  private readonly inlineRam: boolean;
  private readonly inlineTlb: boolean;
  private usesMemory = false;

  constructor(
    private readonly plan: BlockPlan,
    private readonly env: BlockEnv,
  ) {
    this.len = plan.rows.length;
    this.inlineRam = plan.inlineRam ?? true;
    this.inlineTlb = plan.inlineTlb ?? false;
    const segments = plan.segments ?? [{ start: 0, pc: plan.pc }];
    segments.forEach((seg, s) => {
      const end = s + 1 < segments.length ? segments[s + 1]!.start : this.len;
      for (let k = seg.start; k < end; k++) this.pcs.push((seg.pc + 4 * (k - seg.start)) | 0);
      if (plan.segments !== undefined) this.edges.set(end - 1, (s + 1) % segments.length);
    });
    this.loops = plan.segments !== undefined || this.targetOfLast() === plan.pc;
    for (let k = 0; k < this.len; k++) this.scanRegisters(plan.rows[k]!, plan.words[k]!);
    const counts = new Map<number, number>();
    for (let k = 0; k < this.len; k++) {
      counts.set(plan.rows[k]!, (counts.get(plan.rows[k]!) ?? 0) + 1);
      this.prefix.push(new Map(counts));
    }
  }

  /** The static target of a final branch or JAL (aligned), else undefined. */
  private targetOfLast(): number | undefined {
    const k = this.len - 1;
    const row = this.plan.rows[k]!;
    const w = this.plan.words[k]!;
    const kind = rowCode(row).kind;
    const pc = (this.plan.pc + 4 * k) | 0;
    const t = kind === 'branch' ? (pc + immB(w)) | 0 : kind === 'jal' ? (pc + immJ(w)) | 0 : undefined;
    return t !== undefined && (t & 3) === 0 ? t : undefined;
  }

  private scanRegisters(row: number, w: number): void {
    const code = rowCode(row);
    const rd = (w >>> 7) & 31;
    const rs1 = (w >>> 15) & 31;
    const rs2 = (w >>> 20) & 31;
    const reads = (...rs: number[]): void => rs.forEach((r) => r !== 0 && this.read.add(r));
    const writes = (): void => void (rd !== 0 && this.written.add(rd));
    const format = INSNS[row]?.format;
    switch (code.kind) {
      case 'alu':
        if (format === 'R') reads(rs1, rs2);
        else if (format !== 'U') reads(rs1);
        writes();
        break;
      case 'branch': case 'store': reads(rs1, rs2); break;
      case 'load': reads(rs1); writes(); this.usesMemory = true; break;
      case 'jal': writes(); break;
      case 'jalr': reads(rs1); writes(); break;
      case 'system': case 'nop': break;
    }
    if (code.kind === 'store') this.usesMemory = true;
  }

  source(): string {
    const o = this.out;
    o.push('const {mulh, mulhsu, mulhu, div, divu, rem, remu, fetchPermOf} = H;');
    o.push(`return function block_${u32(this.plan.pc).toString()}(cpu, budget, perm) {`);
    o.push('const x = cpu.x, rc = cpu.runCounts;');
    if (this.usesMemory) {
      // Locals, not the factory's bindings: TurboFan re-read a closure binding (with its hole
      // and map checks) at every store in a loop, and keeps a local in a register.
      o.push('const bytes = E.bytes, codePages = E.codePages, epoch = E.epoch, codeWrites = epoch.codeWrites;');
      if (this.inlineRam || this.inlineTlb) o.push('const words = cpu.words, decoded = cpu.decodedRows;');
      if (this.inlineRam) o.push('const direct = cpu.dataDirect;');
    }
    const crossings = (this.plan.segments ?? []).some((seg) => seg.crossing !== undefined);
    if ((this.usesMemory && this.inlineTlb) || crossings) {
      o.push('const tlb = cpu.tlb, tv = tlb.vpn, tb = tlb.pageBase, tf = tlb.flags, tm = tlb.mask, ev = cpu.events;');
    }
    if (crossings) o.push('const fperm = fetchPermOf(cpu);');
    const regs = [...new Set([...this.read, ...this.written])].sort((a, b) => a - b);
    if (regs.length > 0) o.push(`let ${regs.map((r) => `r${r} = x[${r}]`).join(', ')};`);
    if (this.loops) o.push(`const maxIter = (budget / ${this.len}) | 0; let n = 0;`, 'for (;;) {');
    for (let k = 0; k < this.len; k++) this.instruction(k);
    if (this.loops) o.push('}');
    o.push('};');
    return o.join('\n');
  }

  private instruction(k: number): void {
    const row = this.plan.rows[k]!;
    const w = this.plan.words[k]!;
    const pc = this.pcs[k]!;
    const code = rowCode(row);
    const rd = (w >>> 7) & 31;
    const ops = operands(w, pc);
    const edge = this.edges.get(k);
    if (edge !== undefined && code.kind !== 'alu' && code.kind !== 'nop' && code.kind !== 'load' && code.kind !== 'store') {
      this.traceEdge(k, edge);
      return;
    }
    switch (code.kind) {
      case 'alu':
        if (rd !== 0) this.out.push(`r${rd} = ${code.value(ops)};`);
        break;
      case 'nop':
        break;
      case 'load':
        this.load(k, pc, rd, ops, code.width, code.extend);
        break;
      case 'store':
        this.store(k, pc, ops, immS(w), code.width);
        break;
      case 'system':
        this.out.push(this.countCode(k, '+='), this.writeBack(), `cpu.pcBits = ${i32(pc)};`, `cpu.system(${row}, ${i32(w)}, ${rd});`, `return ${this.midSteps(k)};`);
        return;
      case 'branch':
        this.branch(pc, (pc + immB(w)) | 0, code.cond(ops));
        return;
      case 'jal':
        this.jump(pc, rd, String((pc + immJ(w)) | 0), (pc + immJ(w)) | 0);
        return;
      case 'jalr':
        this.out.push(`const t = (${ops.rs1} + ${ops.immI}) & -2;`);
        this.jump(pc, rd, 't', undefined);
        return;
    }
    if (edge !== undefined) this.traceEdge(k, edge);
    else if (k === this.len - 1) this.endExit(String((pc + 4) | 0));
  }

  // ---- memory accesses

  private load(k: number, pc: number, rd: number, ops: InsnOperands, width: 1 | 2 | 4, extend: (v: string) => string): void {
    const o = this.out;
    const e = this.env;
    const fast =
      width === 4 ? 'words[off >>> 2]' : width === 2 ? '(bytes[off] | (bytes[off + 1] << 8))' : 'bytes[off]';
    const aligned = width === 4 ? ' && (off & 3) === 0' : '';
    const set = rd !== 0 ? `r${rd} = ${extend('v')};` : '';
    o.push('{', `const va = (${ops.rs1} + ${ops.immI}) | 0;`, 'let v, off;');
    if (this.inlineRam) {
      o.push(`if (direct && (off = (va - ${i32(e.ramBase)}) | 0) >= 0 && off <= ${e.ramSize - width}${aligned}) v = ${fast};`, 'else');
    }
    if (this.inlineTlb) {
      // A half must not cross its page: the paged path takes aligned ones only.
      const pagedAligned = width === 4 ? ' && (off & 3) === 0' : width === 2 ? ' && (off & 1) === 0' : '';
      o.push(`if (${this.tlbHit(PERM_LOAD)} && off <= ${e.ramSize - width}${pagedAligned}) { ev.tlbHits++; v = ${fast}; }`, 'else');
    }
    o.push('{', this.countCode(k, '+='), `cpu.pcBits = ${i32(pc)};`, `v = cpu.load(va, ${width});`);
    o.push(`if (v === ${TRAPPED}) { ${this.midTrapExit(k)} }`);
    o.push(`if (cpu.attention) { ${set} ${this.midExit(k, (pc + 4) | 0)} }`, this.countCode(k, '-='), '}');
    o.push(set, '}');
  }

  private store(k: number, pc: number, ops: InsnOperands, imm: number, width: 1 | 2 | 4): void {
    const o = this.out;
    const e = this.env;
    const v = ops.rs2;
    const aligned = width === 4 ? ' && (off & 3) === 0' : width === 2 ? ' && (off & 1) === 0' : '';
    // The same writes as Ram.store/Cpu.store: the data, and the decoded-row cache entry.
    const fast =
      width === 4
        ? `words[off >>> 2] = ${v};`
        : width === 2
          ? `bytes[off] = ${v}; bytes[off + 1] = ${v} >>> 8;`
          : `bytes[off] = ${v};`;
    o.push('{', `const va = (${ops.rs1} + ${imm}) | 0;`, 'let off;');
    if (this.inlineRam) {
      o.push(`if (direct && (off = (va - ${i32(e.ramBase)}) | 0) >= 0 && off <= ${e.ramSize - width}${aligned} && codePages[off >>> 12] === 0) { ${fast} decoded[off >>> 2] = 0; }`, 'else');
    }
    if (this.inlineTlb) {
      o.push(`if (${this.tlbHit(PERM_STORE)} && off <= ${e.ramSize - width}${aligned} && codePages[off >>> 12] === 0) { ev.tlbHits++; ${fast} decoded[off >>> 2] = 0; }`, 'else');
    }
    o.push('{', this.countCode(k, '+='), `cpu.pcBits = ${i32(pc)};`, `if (!cpu.store(va, ${width}, ${v})) { ${this.midTrapExit(k)} }`);
    o.push(`if (cpu.attention || epoch.codeWrites !== codeWrites) { ${this.midExit(k, (pc + 4) | 0)} }`, this.countCode(k, '-='), '}', '}');
  }

  /**
   * The inline TLB-hit test for `va` (as cpu.ts translate(): the entry holds va's page and
   * `perm` allows its flags, PMP included); on success `off` is the RAM offset (maybe out of
   * range: the caller checks).
   */
  private tlbHit(kind: number): string {
    return `tv[(va >>> 12) & tm] === (va >>> 12) && (perm[tf[(va >>> 12) & tm] & 0xfff] & ${kind}) !== 0 && (off = ((tb[(va >>> 12) & tm] | (va & 0xfff)) - ${i32(this.env.ramBase)}) | 0) >= 0`;
  }

  // ---- control flow (always the block's last instruction)

  private branch(pc: number, target: number, cond: string): void {
    const o = this.out;
    o.push(`if (${cond}) {`);
    if ((target & 3) !== 0) {
      // A misaligned target traps on the branch itself (§2.5, IALIGN=32).
      o.push(this.trapEnd(pc, String(target)));
    } else if (this.loops) {
      o.push('n++;', 'if (n < maxIter) continue;', this.exitEnd(String(target)));
    } else {
      o.push(this.exitEnd(String(target)));
    }
    o.push('}');
    this.endExit(String((pc + 4) | 0));
  }

  private jump(pc: number, rd: number, target: string, staticTarget: number | undefined): void {
    const o = this.out;
    const link = rd !== 0 ? `r${rd} = ${(pc + 4) | 0};` : '';
    if (staticTarget !== undefined && (staticTarget & 3) !== 0) {
      o.push(this.trapEnd(pc, target));
      return;
    }
    if (staticTarget === undefined) o.push(`if ((${target} & 3) !== 0) { ${this.trapEnd(pc, target)} }`);
    o.push(link);
    if (this.loops) o.push('n++;', 'if (n < maxIter) continue;');
    o.push(this.exitEnd(target));
  }

  // ---- loop traces: the terminator (or fall-through) ending a segment, and the way on

  /**
   * Instruction k ends a segment; the path goes on to segment `next` (0: the back edge). Off
   * the path the trace leaves as the interpreter would go on; on it, a page crossing checks
   * the fetch's TLB hit first (leaving before the next instruction when it fails, so the tier
   * does the fetch exactly where the interpreter would).
   */
  private traceEdge(k: number, next: number): void {
    const o = this.out;
    const w = this.plan.words[k]!;
    const pc = this.pcs[k]!;
    const code = rowCode(this.plan.rows[k]!);
    const rd = (w >>> 7) & 31;
    const ops = operands(w, pc);
    const seg = this.plan.segments![next]!;
    const link = rd !== 0 ? `r${rd} = ${(pc + 4) | 0};` : '';
    switch (code.kind) {
      case 'branch': {
        const t = (pc + immB(w)) | 0;
        if (t === seg.pc) o.push(`if (!(${code.cond(ops)})) { ${this.sideExit(k, String((pc + 4) | 0))} }`);
        else if ((t & 3) !== 0) o.push(`if (${code.cond(ops)}) { ${this.trapAt(k, pc, String(t))} }`);
        else o.push(`if (${code.cond(ops)}) { ${this.sideExit(k, String(t))} }`);
        break;
      }
      case 'jal':
        o.push(link);
        break;
      case 'jalr':
        o.push(`const t${k} = (${ops.rs1} + ${ops.immI}) & -2;`);
        o.push(`if (t${k} !== ${seg.pc}) { if ((t${k} & 3) !== 0) { ${this.trapAt(k, pc, `t${k}`)} } ${link} ${this.sideExit(k, `t${k}`)} }`, link);
        break;
      case 'system':
        throw new Error('a trace cannot go on past a system instruction');
      default:
        break; // the segment ended without a terminator: the path falls through
    }
    const leave = next === 0 ? this.exitEnd(String(seg.pc)) : this.sideExit(k, String(seg.pc));
    if (next === 0) o.push('n++;', `if (n >= maxIter) { ${leave} }`);
    const c = seg.crossing;
    if (c !== undefined) {
      o.push(
        `{ const i = ${c.vpn} & tm; if (tv[i] !== ${c.vpn} || fperm[tf[i] & 0xfff] === 0 || tb[i] !== ${c.pageBase}) { ${leave} } }`,
        `ev.tlbHits++; cpu.fetchPage = ${(c.vpn << 12) | 0}; cpu.fetchWordBase = ${c.wordBase};`,
      );
    }
    if (next === 0) o.push('continue;');
  }

  /** Leave after instruction k (not a slow call's: counts not added yet), going on at `target` (int32 expression). */
  private sideExit(k: number, target: string): string {
    return `${this.countCode(k, '+=')} ${this.writeBack(k)} cpu.pcBits = (${target}) | 0; return ${this.midSteps(k)};`;
  }

  /** Instruction k at `pc` jumps to a misaligned `target`: it traps (§2.5, IALIGN=32). */
  private trapAt(k: number, pc: number, target: string): string {
    return `${this.countCode(k, '+=')} ${this.writeBack(k)} cpu.pcBits = ${i32(pc)}; cpu.raise(${Exception.InstructionAddressMisaligned}, ${target} >>> 0); return ${this.midSteps(k)};`;
  }

  // ---- exits

  /**
   * Counts are kept out of cpu.runCounts while the block runs: nothing but a slow call (a
   * device or CSR reading mcycle/minstret) can observe them. Before such a call the counts of
   * the `n` complete iterations plus instructions 0..k are added (`+=`); when the block goes
   * on after it, they are taken back (`-=`) and added again at the block's exit.
   */
  private countCode(k: number, op: '+=' | '-='): string {
    const parts: string[] = [];
    const full = this.prefix[this.len - 1]!;
    const here = this.prefix[k]!;
    for (const [row, c] of full) {
      const p = k === this.len - 1 ? c : (here.get(row) ?? 0);
      const terms = [...(this.loops ? [`n * ${c}`] : []), ...(p !== 0 ? [String(p)] : [])];
      if (terms.length > 0) parts.push(`rc[${row}] ${op} ${terms.join(' + ')};`);
    }
    return parts.join(' ');
  }

  /**
   * Stores the register locals back. A mid-pass exit after instruction k of a block that does
   * not loop only needs the registers written by instructions 0..k (keeps the code small).
   */
  private writeBack(k = this.len - 1): string {
    const regs = this.loops ? this.written : this.writtenBy(k);
    return [...regs].map((r) => `x[${r}] = r${r};`).join(' ');
  }

  /** Registers written by instructions 0..k. */
  private writtenBy(k: number): Set<number> {
    const regs = new Set<number>();
    for (let j = 0; j <= k; j++) {
      const rd = (this.plan.words[j]! >>> 7) & 31;
      if (this.written.has(rd)) regs.add(rd);
    }
    return regs;
  }

  /** Counts at the end exits: `n` complete iterations when looping (n already counts this one), else the block once. */
  private endCountCode(): string {
    const parts: string[] = [];
    for (const [row, c] of this.prefix[this.len - 1]!) parts.push(this.loops ? `rc[${row}] += n * ${c};` : `rc[${row}] += ${c};`);
    return parts.join(' ');
  }

  private midSteps(k: number): string {
    return this.loops ? `n * ${this.len} + ${k + 1}` : String(k + 1);
  }

  private endSteps(): string {
    return this.loops ? `n * ${this.len}` : String(this.len);
  }

  /** Instruction k trapped in a slow call (pc already at the handler; counts added before the call). */
  private midTrapExit(k: number): string {
    return `${this.writeBack(k)} return ${this.midSteps(k)};`;
  }

  /** Leave after instruction k completed (attention, code written; counts added before the call). */
  private midExit(k: number, next: number): string {
    return `${this.writeBack(k)} cpu.pcBits = ${i32(next)}; return ${this.midSteps(k)};`;
  }

  /** Falls off the end (no terminator, or a branch not taken). */
  private endExit(next: string): void {
    if (this.loops) this.out.push('n++;');
    this.out.push(this.exitEnd(next));
  }

  /** The whole block ran (its counts are in finalCounts); continue at `target` (int32 expression). */
  private exitEnd(target: string): string {
    return `${this.writeBack()} ${this.endCountCode()} cpu.pcBits = (${target}) | 0; return ${this.endSteps()};`;
  }

  /** The terminator at `pc` traps with a misaligned target. */
  private trapEnd(pc: number, target: string): string {
    const n = this.loops ? 'n++; ' : '';
    return `${n}${this.writeBack()} ${this.endCountCode()} cpu.pcBits = ${i32(pc)}; cpu.raise(${Exception.InstructionAddressMisaligned}, ${target} >>> 0); return ${this.endSteps()};`;
  }
}

function operands(w: number, pc: number): InsnOperands {
  return { rs1: reg((w >>> 15) & 31), rs2: reg((w >>> 20) & 31), immI: w >> 20, immU: w & 0xfffff000, shamt: (w >>> 20) & 31, pc };
}

