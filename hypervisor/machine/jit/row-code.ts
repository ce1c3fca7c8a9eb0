// The ONE place that maps instruction-table ops to JavaScript for the block translator: per op
// of isa.ts, what kind of code it becomes and the expression that computes it. translate.ts
// stitches these into one function per block; the semantics are the interpreter's (cpu.ts
// `interpret`, unprivileged spec 20191213 ch. 2, 7; privileged 20211203 ch. 3) and are checked
// against it by test/hypervisor/machine/jit.
//
// Values are JS expressions over int32 locals; every `value` must itself be int32 (results of
// `>>>` are re-wrapped with `| 0`) because branch conditions compare locals with `===`.

import type { Op } from '../isa.ts';

/** Operands of one instruction, as the templates see them. */
export interface InsnOperands {
  /** Expressions reading rs1 / rs2 (`0` for x0, else a local). */
  readonly rs1: string;
  readonly rs2: string;
  /** Sign-extended immediates of the word (fig. 2.4) and the shift amount. */
  readonly immI: number;
  readonly immU: number;
  readonly shamt: number;
  /** The instruction's own address, int32 bits. */
  readonly pc: number;
}

/** What the translator emits for a row. */
export type RowCode =
  /** rd <- value (nothing when rd = x0: these rows have no side effects). */
  | { readonly kind: 'alu'; readonly value: (o: InsnOperands) => string }
  /** Taken when cond holds (ends the block). */
  | { readonly kind: 'branch'; readonly cond: (o: InsnOperands) => string }
  | { readonly kind: 'jal' }
  | { readonly kind: 'jalr' }
  /** rd <- extend(loaded value). */
  | { readonly kind: 'load'; readonly width: 1 | 2 | 4; readonly extend: (v: string) => string }
  | { readonly kind: 'store'; readonly width: 1 | 2 | 4 }
  /** Nothing to do on one in-order hart whose decoded caches follow every write (FENCE, FENCE.I). */
  | { readonly kind: 'nop' }
  /** Executed by the hart's own `system()` (CSRs, traps, xRETs, WFI, SFENCE.VMA, atomics); ends the block. */
  | { readonly kind: 'system' };

const lit = (n: number): string => (n < 0 ? `(${n})` : String(n));
const alu = (value: (o: InsnOperands) => string): RowCode => ({ kind: 'alu', value });
const branch = (cond: (o: InsnOperands) => string): RowCode => ({ kind: 'branch', cond });
const load = (width: 1 | 2 | 4, extend: (v: string) => string): RowCode => ({ kind: 'load', width, extend });
const SYSTEM: RowCode = { kind: 'system' };
const NOP: RowCode = { kind: 'nop' };

/** Per op, its code. A `Record` over every op, so a row added to isa.ts without code is a compile error. */
export const ROW_CODE: { readonly [K in Op]: RowCode } = {
  lui: alu((o) => lit(o.immU | 0)),
  auipc: alu((o) => lit((o.pc + o.immU) | 0)),
  jal: { kind: 'jal' },
  jalr: { kind: 'jalr' },
  beq: branch((o) => `${o.rs1} === ${o.rs2}`),
  bne: branch((o) => `${o.rs1} !== ${o.rs2}`),
  blt: branch((o) => `${o.rs1} < ${o.rs2}`),
  bge: branch((o) => `${o.rs1} >= ${o.rs2}`),
  bltu: branch((o) => `(${o.rs1} >>> 0) < (${o.rs2} >>> 0)`),
  bgeu: branch((o) => `(${o.rs1} >>> 0) >= (${o.rs2} >>> 0)`),
  lb: load(1, (v) => `((${v} << 24) >> 24)`),
  lh: load(2, (v) => `((${v} << 16) >> 16)`),
  lw: load(4, (v) => `(${v} | 0)`),
  lbu: load(1, (v) => `(${v} | 0)`),
  lhu: load(2, (v) => `(${v} | 0)`),
  sb: { kind: 'store', width: 1 },
  sh: { kind: 'store', width: 2 },
  sw: { kind: 'store', width: 4 },
  addi: alu((o) => `(${o.rs1} + ${lit(o.immI)}) | 0`),
  slti: alu((o) => `(${o.rs1} < ${lit(o.immI)} ? 1 : 0)`),
  sltiu: alu((o) => `((${o.rs1} >>> 0) < ${o.immI >>> 0} ? 1 : 0)`),
  xori: alu((o) => `(${o.rs1} ^ ${lit(o.immI)})`),
  ori: alu((o) => `(${o.rs1} | ${lit(o.immI)})`),
  andi: alu((o) => `(${o.rs1} & ${lit(o.immI)})`),
  slli: alu((o) => `(${o.rs1} << ${o.shamt})`),
  srli: alu((o) => `((${o.rs1} >>> ${o.shamt}) | 0)`),
  srai: alu((o) => `(${o.rs1} >> ${o.shamt})`),
  add: alu((o) => `(${o.rs1} + ${o.rs2}) | 0`),
  sub: alu((o) => `(${o.rs1} - ${o.rs2}) | 0`),
  // JS shifts use the low five bits of the count, as RV32 does (§2.4.2).
  sll: alu((o) => `(${o.rs1} << ${o.rs2})`),
  slt: alu((o) => `(${o.rs1} < ${o.rs2} ? 1 : 0)`),
  sltu: alu((o) => `((${o.rs1} >>> 0) < (${o.rs2} >>> 0) ? 1 : 0)`),
  xor: alu((o) => `(${o.rs1} ^ ${o.rs2})`),
  srl: alu((o) => `((${o.rs1} >>> ${o.rs2}) | 0)`),
  sra: alu((o) => `(${o.rs1} >> ${o.rs2})`),
  or: alu((o) => `(${o.rs1} | ${o.rs2})`),
  and: alu((o) => `(${o.rs1} & ${o.rs2})`),
  fence: NOP,
  ecall: SYSTEM,
  ebreak: SYSTEM,
  'fence.i': NOP,
  csrrw: SYSTEM,
  csrrs: SYSTEM,
  csrrc: SYSTEM,
  csrrwi: SYSTEM,
  csrrsi: SYSTEM,
  csrrci: SYSTEM,
  // M extension (§7.1, §7.2): helpers are the interpreter's, see translate.ts HELPERS.
  mul: alu((o) => `Math.imul(${o.rs1}, ${o.rs2})`),
  mulh: alu((o) => `mulh(${o.rs1}, ${o.rs2})`),
  mulhsu: alu((o) => `mulhsu(${o.rs1}, ${o.rs2})`),
  mulhu: alu((o) => `mulhu(${o.rs1} >>> 0, ${o.rs2} >>> 0)`),
  div: alu((o) => `div(${o.rs1}, ${o.rs2})`),
  divu: alu((o) => `divu(${o.rs1}, ${o.rs2})`),
  rem: alu((o) => `rem(${o.rs1}, ${o.rs2})`),
  remu: alu((o) => `remu(${o.rs1}, ${o.rs2})`),
  'lr.w': SYSTEM,
  'sc.w': SYSTEM,
  'amoswap.w': SYSTEM,
  'amoadd.w': SYSTEM,
  'amoxor.w': SYSTEM,
  'amoand.w': SYSTEM,
  'amoor.w': SYSTEM,
  'amomin.w': SYSTEM,
  'amomax.w': SYSTEM,
  'amominu.w': SYSTEM,
  'amomaxu.w': SYSTEM,
  sret: SYSTEM,
  mret: SYSTEM,
  wfi: SYSTEM,
  'sfence.vma': SYSTEM,
};

// Division by zero and overflow (unprivileged spec 20191213, §7.2, table 7.1), as cpu.ts.
export function div(a: number, b: number): number {
  if (b === 0) return -1;
  if (a === -0x80000000 && b === -1) return a;
  return (a / b) | 0;
}
export function divu(a: number, b: number): number {
  if (b === 0) return -1;
  return ((a >>> 0) / (b >>> 0)) | 0;
}
export function rem(a: number, b: number): number {
  if (b === 0) return a;
  if (b === -1) return 0;
  return a % b | 0;
}
export function remu(a: number, b: number): number {
  if (b === 0) return a;
  return ((a >>> 0) % (b >>> 0)) | 0;
}
