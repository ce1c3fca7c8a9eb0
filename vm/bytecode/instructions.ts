// Instruction decoding and encoding, derived entirely from the operand kinds in the opcode
// table (no per-opcode cases). Hands on `Instruction`s with ABSOLUTE branch targets to the
// verifier, interpreter and disassembler; the code builder and assembler encode through here.

import { ClassFormatError } from './classfile.ts';
import {
  OPCODES,
  OPCODE_BY_CODE,
  OPCODE_BY_NAME,
  OPERAND_SIZE,
  type Instruction,
  type OpName,
  type OpcodeInfo,
  type OperandKind,
  type SwitchTable,
} from './opcodes.ts';

/** An operand that does not fit its encoding (e.g. a local index above 65535). */
export class OperandRangeError extends Error {
  override name = 'OperandRangeError';
}

export type FixedKind = Exclude<OperandKind, 'tableswitch' | 'lookupswitch'>;

/** Inclusive value range of each fixed operand kind (branches: the RELATIVE offset). */
export const OPERAND_RANGE: Record<FixedKind, readonly [number, number]> = {
  local: [0, 0xffff],
  i8: [-0x80, 0x7f],
  i16: [-0x8000, 0x7fff],
  cp: [0, 0xffff],
  branch: [-0x80000000, 0x7fffffff],
  atype: [0, 0xff],
  dims: [0, 0xff],
};

// ---------------------------------------------------------------------------------------
// Decoding

/** Reads big-endian values from a code array, failing with the offset when truncated. */
class CodeReader {
  constructor(
    private readonly code: Uint8Array,
    public pos: number,
  ) {}

  need(n: number, what: string, at: number): void {
    if (this.pos + n > this.code.length) {
      throw new ClassFormatError(`code offset ${at}: truncated ${what} (needs ${n} bytes at ${this.pos}, code length ${this.code.length})`);
    }
  }

  read(kind: FixedKind | 's4', at: number, opName: string): number {
    const size = kind === 's4' ? 4 : OPERAND_SIZE[kind];
    this.need(size, `operand of ${opName}`, at);
    const c = this.code;
    const p = this.pos;
    this.pos += size;
    switch (kind) {
      case 'i8':
        return (c[p]! << 24) >> 24;
      case 'atype':
      case 'dims':
        return c[p]!;
      case 'i16':
        return ((c[p]! << 24) >> 16) | c[p + 1]!;
      case 'local':
      case 'cp':
        return (c[p]! << 8) | c[p + 1]!;
      case 'branch':
      case 's4':
        return (c[p]! << 24) | (c[p + 1]! << 16) | (c[p + 2]! << 8) | c[p + 3]!;
    }
  }
}

/** Decodes the instruction at `pc`. Branch and switch targets come out absolute. */
export function decodeInstructionAt(code: Uint8Array, pc: number): Instruction {
  const op = OPCODE_BY_CODE[code[pc]!];
  if (!op) throw new ClassFormatError(`code offset ${pc}: unknown opcode 0x${code[pc]!.toString(16).padStart(2, '0')}`);
  const r = new CodeReader(code, pc + 1);
  const operands: number[] = [];
  let sw: SwitchTable | undefined;
  for (const kind of op.operands) {
    if (kind === 'tableswitch') sw = readTableSwitch(r, pc);
    else if (kind === 'lookupswitch') sw = readLookupSwitch(r, pc);
    else {
      const v = r.read(kind, pc, op.name);
      operands.push(kind === 'branch' ? pc + v : v);
    }
  }
  return sw ? { pc, op, operands, switch: sw, length: r.pos - pc } : { pc, op, operands, length: r.pos - pc };
}

function readTableSwitch(r: CodeReader, pc: number): SwitchTable {
  const def = r.read('s4', pc, 'tableswitch');
  const low = r.read('s4', pc, 'tableswitch');
  const high = r.read('s4', pc, 'tableswitch');
  if (low > high) throw new ClassFormatError(`code offset ${pc}: tableswitch low ${low} > high ${high}`);
  const n = high - low + 1;
  // Check the whole table fits before allocating anything proportional to n.
  r.need(4 * n, 'tableswitch jump table', pc);
  const cases: (readonly [number, number])[] = [];
  for (let i = 0; i < n; i++) cases.push([low + i, pc + r.read('s4', pc, 'tableswitch')]);
  return { defaultTarget: pc + def, cases };
}

function readLookupSwitch(r: CodeReader, pc: number): SwitchTable {
  const def = r.read('s4', pc, 'lookupswitch');
  const npairs = r.read('s4', pc, 'lookupswitch');
  if (npairs < 0) throw new ClassFormatError(`code offset ${pc}: lookupswitch npairs ${npairs} is negative`);
  r.need(8 * npairs, 'lookupswitch match-offset pairs', pc);
  const cases: (readonly [number, number])[] = [];
  for (let i = 0; i < npairs; i++) {
    const match = r.read('s4', pc, 'lookupswitch');
    cases.push([match, pc + r.read('s4', pc, 'lookupswitch')]);
  }
  return { defaultTarget: pc + def, cases };
}

/**
 * Decodes a whole code array into instructions in order. Throws ClassFormatError naming
 * the offset for an unknown opcode or a truncated operand. Absolute targets are NOT checked
 * here (that is the verifier's job), so they may point anywhere.
 */
export function decodeInstructions(code: Uint8Array): Instruction[] {
  const out: Instruction[] = [];
  let pc = 0;
  while (pc < code.length) {
    const ins = decodeInstructionAt(code, pc);
    out.push(ins);
    pc += ins.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Encoding

/** Byte length of an instruction with this opcode (and, for switches, this many cases). */
export function instructionLength(op: OpcodeInfo, switchCases = 0): number {
  let n = 1;
  for (const kind of op.operands) {
    if (kind === 'tableswitch') n += 12 + 4 * switchCases;
    else if (kind === 'lookupswitch') n += 8 + 8 * switchCases;
    else n += OPERAND_SIZE[kind];
  }
  return n;
}

function put(out: number[], value: number, size: number): void {
  for (let shift = (size - 1) * 8; shift >= 0; shift -= 8) out.push((value >>> shift) & 0xff);
}

export function checkRange(kind: FixedKind, v: number, what: string): void {
  const [lo, hi] = OPERAND_RANGE[kind];
  if (!Number.isInteger(v) || v < lo || v > hi) {
    throw new OperandRangeError(`${what}: ${kind} operand ${v} out of range ${lo}..${hi}`);
  }
}

/** Relative s4 offset from `pc` to absolute `target`, range-checked. */
function relative(pc: number, target: number, what: string): number {
  const rel = target - pc;
  checkRange('branch', rel, what);
  return rel;
}

/**
 * Appends the encoding of one instruction at `pc` to `out`. Branch operands and switch
 * targets are absolute. Tableswitch cases must be consecutive matches starting at low.
 */
export function encodeInto(out: number[], ins: Omit<Instruction, 'length'>): void {
  const { op, pc, operands } = ins;
  checkOperandCount(op, operands.length);
  out.push(op.code);
  let k = 0;
  for (const kind of op.operands) {
    if (kind === 'tableswitch') encodeTableSwitch(out, pc, requireSwitch(ins));
    else if (kind === 'lookupswitch') encodeLookupSwitch(out, pc, requireSwitch(ins));
    else {
      const v = operands[k++]!;
      const enc = kind === 'branch' ? relative(pc, v, op.name) : v;
      checkRange(kind, enc, op.name);
      put(out, enc, OPERAND_SIZE[kind]);
    }
  }
}

/** Throws unless `count` matches the opcode's fixed (non-switch) operands. */
export function checkOperandCount(op: OpcodeInfo, count: number): void {
  const fixed = op.operands.filter((k) => k !== 'tableswitch' && k !== 'lookupswitch').length;
  if (count !== fixed) throw new OperandRangeError(`${op.name} takes ${fixed} operand(s), got ${count}`);
}

function requireSwitch(ins: Omit<Instruction, 'length'>): SwitchTable {
  if (!ins.switch) throw new OperandRangeError(`${ins.op.name} needs a switch table`);
  return ins.switch;
}

function encodeTableSwitch(out: number[], pc: number, sw: SwitchTable): void {
  if (sw.cases.length === 0) throw new OperandRangeError('tableswitch needs at least one case');
  const low = sw.cases[0]![0];
  const high = low + sw.cases.length - 1;
  checkRange('branch', low, 'tableswitch low');
  checkRange('branch', high, 'tableswitch high');
  sw.cases.forEach(([m], i) => {
    if (m !== low + i) throw new OperandRangeError(`tableswitch case ${i} has match ${m}, expected ${low + i}`);
  });
  put(out, relative(pc, sw.defaultTarget, 'tableswitch default'), 4);
  put(out, low, 4);
  put(out, high, 4);
  for (const [, t] of sw.cases) put(out, relative(pc, t, 'tableswitch case'), 4);
}

function encodeLookupSwitch(out: number[], pc: number, sw: SwitchTable): void {
  put(out, relative(pc, sw.defaultTarget, 'lookupswitch default'), 4);
  put(out, sw.cases.length, 4);
  for (const [m, t] of sw.cases) {
    checkRange('branch', m, 'lookupswitch match');
    put(out, m, 4);
    put(out, relative(pc, t, 'lookupswitch case'), 4);
  }
}

/** The inverse of decodeInstructionAt: the bytes of one instruction (at its own pc). */
export function encodeInstruction(ins: Omit<Instruction, 'length'>): Uint8Array {
  const out: number[] = [];
  encodeInto(out, ins);
  return Uint8Array.from(out);
}

/** Encodes a sequence of instructions whose pcs are consecutive from 0. */
export function encodeInstructions(list: readonly Omit<Instruction, 'length'>[]): Uint8Array {
  const out: number[] = [];
  for (const ins of list) {
    if (ins.pc !== out.length) throw new OperandRangeError(`${ins.op.name} claims pc ${ins.pc} but is at ${out.length}`);
    encodeInto(out, ins);
  }
  return Uint8Array.from(out);
}

/** Table lookup by name that fails with a clear message (for the assembler and tests). */
export function opcodeNamed(name: string): OpcodeInfo | undefined {
  return OPCODE_BY_NAME.get(name as OpName);
}

/** Every opcode, for coverage tests. */
export const ALL_OPCODES: readonly OpcodeInfo[] = OPCODES;
