// Mutation generators for the verifier's property tests: byte-level mutations of encoded
// class files, and model-level mutations of one method (opcode swaps within an operand
// layout, operand tweaks, max_stack/max_locals, handlers, constant-pool indexes, flags)
// that tend to stay decodable, so the data-flow checks, not the decoder, must catch them.

import fc from 'fast-check';
import type { ClassFile, ExceptionHandler } from '../../../vm/bytecode/classfile.ts';
import { OPCODES, OPCODE_BY_CODE } from '../../../vm/bytecode/opcodes.ts';

/** Opcodes grouped by operand layout: swapping within a group keeps the code decodable. */
const SAME_LAYOUT: ReadonlyMap<string, readonly number[]> = (() => {
  const groups = new Map<string, number[]>();
  for (const op of OPCODES) {
    const key = op.operands.join(',');
    groups.set(key, [...(groups.get(key) ?? []), op.code]);
  }
  return groups;
})();

/** Opcodes with the same operand layout AND the same stack-effect shape (e.g. iaload/baload/aaload). */
const SIBLINGS: ReadonlyMap<string, readonly number[]> = (() => {
  const groups = new Map<string, number[]>();
  for (const op of OPCODES) groups.set(siblingKey(op.code), [...(groups.get(siblingKey(op.code)) ?? []), op.code]);
  return groups;
})();

function siblingKey(code: number): string {
  const op = OPCODE_BY_CODE[code]!;
  const shape = op.stack.kind === 'fixed' ? `${op.stack.pop.join('')}>${op.stack.push.join('')}` : 'special';
  return `${op.operands.join(',')}|${shape}|${op.flags.includes('return')}`;
}

export function cloneClass(cf: ClassFile): ClassFile {
  return structuredClone(cf);
}

/** One model-level mutation, described for failure messages. */
export interface Mutation {
  kind: 'opcode' | 'sibling' | 'nopOut' | 'byte' | 'nudge' | 'maxStack' | 'maxLocals' | 'handler' | 'cpOperand' | 'access' | 'descriptor';
  method: number;
  pos: number;
  value: number;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('opcode', 'opcode', 'sibling', 'sibling', 'sibling', 'nopOut', 'nopOut', 'byte', 'nudge', 'nudge', 'maxStack', 'maxLocals', 'handler', 'cpOperand', 'cpOperand', 'access', 'descriptor'),
  method: fc.nat(),
  pos: fc.nat(),
  value: fc.integer({ min: -1000, max: 1000 }),
});

/** Applies a mutation to a copy of cf (positions are taken modulo the sizes involved). */
export function applyMutation(original: ClassFile, m: Mutation): ClassFile {
  const cf = cloneClass(original);
  const withCode = cf.methods.filter((x) => x.code);
  const method = withCode[m.method % withCode.length]!;
  const code = method.code!;
  const bytes = code.code;
  const pos = m.pos % bytes.length;
  const v = m.value;
  switch (m.kind) {
    case 'opcode': {
      const at = instructionStartNear(bytes, pos);
      const op = OPCODE_BY_CODE[bytes[at]!];
      const group = op ? SAME_LAYOUT.get(op.operands.join(','))! : [0];
      bytes[at] = group[Math.abs(v) % group.length]!;
      break;
    }
    case 'sibling': {
      const at = instructionStartNear(bytes, pos);
      const group = OPCODE_BY_CODE[bytes[at]!] ? SIBLINGS.get(siblingKey(bytes[at]!))! : [0];
      bytes[at] = group[Math.abs(v) % group.length]!;
      break;
    }
    case 'nopOut': {
      // Deletes one instruction (or, with v odd, also the next) while keeping offsets.
      const at = instructionStartNear(bytes, pos);
      const end = Math.min(bytes.length, nextStart(bytes, v % 2 ? nextStart(bytes, at) : at));
      bytes.fill(0, at, end);
      break;
    }
    case 'byte':
      bytes[pos] = v & 0xff;
      break;
    case 'nudge':
      bytes[pos] = (bytes[pos]! + (v % 4 || 1)) & 0xff;
      break;
    case 'maxStack':
      code.maxStack = Math.max(0, code.maxStack + (v % 3 || -1)) & 0xffff;
      break;
    case 'maxLocals':
      code.maxLocals = Math.max(0, code.maxLocals + (v % 3 || -1)) & 0xffff;
      break;
    case 'handler':
      mutateHandler(code.exceptionTable, pos, v, bytes.length);
      break;
    case 'cpOperand': {
      const at = instructionStartNear(bytes, pos);
      const op = OPCODE_BY_CODE[bytes[at]!];
      if (op && op.operands[0] === 'cp') {
        const index = Math.abs(v) % cf.constantPool.length;
        bytes[at + 1] = index >> 8;
        bytes[at + 2] = index & 0xff;
      }
      break;
    }
    case 'access':
      method.access ^= 1 << (Math.abs(v) % 12);
      break;
    case 'descriptor':
      method.descriptorIndex = Math.abs(v) % cf.constantPool.length;
      break;
  }
  return cf;
}

function mutateHandler(table: ExceptionHandler[], pos: number, v: number, len: number): void {
  if (table.length === 0) {
    table.push({ startPc: 0, endPc: Math.abs(v) % (len + 1), handlerPc: pos, catchType: 0 });
    return;
  }
  const h = table[pos % table.length]!;
  const field = (['startPc', 'endPc', 'handlerPc', 'catchType'] as const)[Math.abs(v) % 4]!;
  h[field] = Math.abs(v) % (len + 2);
}

/** The start of the instruction containing pos, by a linear walk (falls back to pos). */
function instructionStartNear(bytes: Uint8Array, pos: number): number {
  let pc = 0;
  while (pc < bytes.length) {
    const op = OPCODE_BY_CODE[bytes[pc]!];
    if (!op) return pos;
    const len = lengthAt(bytes, pc);
    if (len <= 0) return pos;
    if (pos < pc + len) return pc;
    pc += len;
  }
  return pos;
}

function nextStart(bytes: Uint8Array, at: number): number {
  const len = OPCODE_BY_CODE[bytes[at] ?? 0xff] ? lengthAt(bytes, at) : 1;
  return len > 0 ? at + len : at + 1;
}

function lengthAt(bytes: Uint8Array, pc: number): number {
  const op = OPCODE_BY_CODE[bytes[pc]!]!;
  const s4 = (p: number): number => (bytes[p]! << 24) | (bytes[p + 1]! << 16) | (bytes[p + 2]! << 8) | bytes[p + 3]!;
  let n = 1;
  for (const k of op.operands) {
    if (k === 'tableswitch') n += 12 + 4 * (s4(pc + 9) - s4(pc + 5) + 1);
    else if (k === 'lookupswitch') n += 8 + 8 * s4(pc + 5);
    else n += { local: 2, i8: 1, i16: 2, cp: 2, branch: 4, atype: 1, dims: 1 }[k];
  }
  return n;
}

/** A byte-level mutation of an encoded class file: overwrite, insert or delete a range. */
export interface ByteMutation {
  kind: 'set' | 'range' | 'insert' | 'delete';
  pos: number;
  bytes: number[];
}

export const byteMutationArb: fc.Arbitrary<ByteMutation> = fc.record({
  kind: fc.constantFrom<ByteMutation['kind']>('set', 'set', 'range', 'insert', 'delete'),
  pos: fc.nat(),
  bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
});

export function applyByteMutation(input: Uint8Array, m: ByteMutation): Uint8Array {
  const pos = m.pos % input.length;
  const out = Array.from(input);
  switch (m.kind) {
    case 'set':
      out[pos] = m.bytes[0]!;
      break;
    case 'range':
      m.bytes.forEach((b, i) => {
        if (pos + i < out.length) out[pos + i] = b;
      });
      break;
    case 'insert':
      out.splice(pos, 0, ...m.bytes);
      break;
    case 'delete':
      out.splice(pos, m.bytes.length);
      break;
  }
  return Uint8Array.from(out);
}

/** A small seeded PRNG (mulberry32) so the monitor's paths replay with fast-check's seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One systematically generated mutant of a single method. */
export interface MethodMutant {
  readonly what: string;
  readonly cf: ClassFile;
  /** Index into cf.methods of the mutated method. */
  readonly method: number;
}

/**
 * Every single-instruction mutant of every method of cf, systematically: each instruction
 * replaced by each sibling opcode (same operands and stack shape, e.g. caload -> baload),
 * deleted (overwritten by nops), its local index moved by one, or its constant-pool operand
 * pointed at other entries with the same tag (another field, method or class; all of them,
 * or about `maxCpAlternatives` spread over the pool).
 */
export function* systematicMutants(original: ClassFile, maxCpAlternatives = Infinity): Generator<MethodMutant> {
  for (let mi = 0; mi < original.methods.length; mi++) {
    const code = original.methods[mi]!.code;
    if (!code) continue;
    for (let pc = 0; pc < code.code.length; pc = nextStart(code.code, pc)) {
      const op = OPCODE_BY_CODE[code.code[pc]!]!;
      const make = (what: string, edit: (bytes: Uint8Array) => void): MethodMutant => {
        // Copy only what changes: the methods array and this method's code bytes.
        const bytes = code.code.slice();
        edit(bytes);
        const methods = original.methods.slice();
        methods[mi] = { ...original.methods[mi]!, code: { ...code, code: bytes } };
        return { what: `method #${mi} offset ${pc}: ${what}`, cf: { ...original, methods }, method: mi };
      };
      for (const sib of SIBLINGS.get(siblingKey(op.code))!) {
        if (sib !== op.code) yield make(`${op.name} -> ${OPCODE_BY_CODE[sib]!.name}`, (b) => (b[pc] = sib));
      }
      yield make(`delete ${op.name}`, (b) => b.fill(0, pc, nextStart(b, pc)));
      if (op.operands[0] === 'local') {
        const local = (code.code[pc + 1]! << 8) | code.code[pc + 2]!;
        for (const d of [-1, 1]) if (local + d >= 0) yield make(`${op.name} local ${local + d}`, (b) => (b[pc + 2] = (local + d) & 0xff));
      }
      if (op.operands[0] === 'cp') {
        const index = (code.code[pc + 1]! << 8) | code.code[pc + 2]!;
        const tag = original.constantPool[index]?.tag;
        const same: number[] = [];
        for (let i = 1; i < original.constantPool.length; i++) if (i !== index && original.constantPool[i]?.tag === tag) same.push(i);
        // Spread the alternatives over the pool when capped (deterministically, from this index).
        const step = Math.max(1, Math.floor(same.length / maxCpAlternatives));
        for (let k = index % step; k < same.length; k += step) {
          const i = same[k]!;
          yield make(`${op.name} #${index} -> #${i}`, (b) => ((b[pc + 1] = i >> 8), (b[pc + 2] = i & 0xff)));
        }
      }
    }
  }
}
