// Structural checks on one method's code (JVMS §4.9.1, §4.10.2.1 "static constraints"):
// it decodes, every branch/switch/handler target is an instruction start inside the code,
// local indexes are below max_locals, and constant-pool operands have the right kind.
// Hands verifier-flow.ts a `CheckedCode`: instructions, a pc -> index map and resolved operands.

import { ClassFormatError, CpTag, type ClassFile, type CodeAttribute } from '../bytecode/classfile.ts';
import { classNameAt, constantAt, memberRefAt, type LoadableConstant, type MemberRef } from '../bytecode/constant-pool.ts';
import { decodeInstructions } from '../bytecode/instructions.ts';
import { ARRAY_TYPE_DESCRIPTOR, type Instruction, type OpName } from '../bytecode/opcodes.ts';
import {
  Reject,
  THROWABLE_T,
  arrayDims,
  describe,
  isValidClassConstantName,
  isValidFieldDescriptor,
  isValidMethodName,
  isValidUnqualifiedName,
  parseMethodSignature,
  typeOfClassName,
  type Budget,
  type MethodSignature,
  type TypeContext,
  type VType,
} from './verifier-types.ts';

const MAX_CODE_LENGTH = 65535; // JVMS §4.7.3: code_length < 65536

/** A constant-pool operand, resolved and checked for the instruction that uses it. */
export type Resolved =
  | { kind: 'none' }
  | { kind: 'const'; constant: LoadableConstant }
  | { kind: 'field'; ref: MemberRef; type: VType }
  | { kind: 'method'; ref: MemberRef; sig: MethodSignature }
  | { kind: 'class'; name: string; type: VType };

export interface CheckedHandler {
  readonly handlerPc: number;
  readonly startPc: number;
  readonly endPc: number;
  readonly handlerIndex: number;
  /** What the handler's stack holds on entry: the caught class, or Throwable for catch-all. */
  readonly caught: VType;
}

export interface CheckedCode {
  readonly code: CodeAttribute;
  readonly insns: readonly Instruction[];
  readonly resolved: readonly Resolved[];
  /** indexAt[pc] is the index of the instruction starting at pc, or -1. */
  readonly indexAt: Int32Array;
  readonly handlers: readonly CheckedHandler[];
  /** For each instruction, the handlers whose range covers it. */
  readonly coveredBy: readonly (readonly CheckedHandler[])[];
  /** 1 where a block starts: the entry, branch and switch targets, handlers. */
  readonly isLeader: Uint8Array;
}

const NONE: Resolved = { kind: 'none' };

/** Runs the structural checks on one method's code; throws Reject with the offset. */
export function checkStructure(cf: ClassFile, code: CodeAttribute, types: TypeContext, budget: Budget): CheckedCode {
  if (code.code.length === 0) throw new Reject('code is empty');
  if (code.code.length > MAX_CODE_LENGTH) throw new Reject(`code length ${code.code.length} exceeds ${MAX_CODE_LENGTH}`);
  const insns = decode(code.code);
  const indexAt = new Int32Array(code.code.length).fill(-1);
  insns.forEach((ins, i) => (indexAt[ins.pc] = i));
  const resolved: Resolved[] = [];
  for (const ins of insns) {
    checkTargets(ins, indexAt);
    checkLocals(ins, code.maxLocals);
    resolved.push(resolveOperand(cf, ins));
  }
  const handlers = code.exceptionTable.map((h, n) => checkHandler(cf, code, h, n, indexAt, types));
  const coveredBy = coverage(insns, handlers, indexAt, budget);
  const isLeader = leaders(insns, handlers, indexAt);
  let count = 0;
  for (const l of isLeader) count += l;
  budget.spend(count * (code.maxLocals + 1)); // the frames kept at leaders
  return { code, insns, resolved, indexAt, handlers, coveredBy, isLeader };
}

/** For each instruction, the handlers covering it (in table order), within the budget. */
function coverage(insns: readonly Instruction[], handlers: readonly CheckedHandler[], indexAt: Int32Array, budget: Budget): CheckedHandler[][] {
  const out: CheckedHandler[][] = insns.map(() => []);
  for (const h of handlers) {
    const from = indexAt[h.startPc]!;
    const to = h.endPc === indexAt.length ? insns.length : indexAt[h.endPc]!;
    budget.spend(to - from);
    for (let i = from; i < to; i++) out[i]!.push(h);
  }
  return out;
}

function leaders(insns: readonly Instruction[], handlers: readonly CheckedHandler[], indexAt: Int32Array): Uint8Array {
  const out = new Uint8Array(insns.length);
  out[0] = 1;
  for (const h of handlers) out[h.handlerIndex] = 1;
  for (const ins of insns) {
    if (ins.op.flags.includes('branch')) out[indexAt[ins.operands[0]!]!] = 1;
    if (ins.switch) {
      out[indexAt[ins.switch.defaultTarget]!] = 1;
      for (const [, t] of ins.switch.cases) out[indexAt[t]!] = 1;
    }
  }
  return out;
}

function decode(bytes: Uint8Array): Instruction[] {
  try {
    return decodeInstructions(bytes);
  } catch (e) {
    if (e instanceof ClassFormatError) throw new Reject(e.message.replace(/^code offset \d+: /, ''), offsetIn(e.message));
    throw e;
  }
}

function offsetIn(message: string): number | null {
  const m = /^code offset (\d+):/.exec(message);
  return m ? Number(m[1]) : null;
}

function isTarget(pc: number, indexAt: Int32Array): boolean {
  return Number.isInteger(pc) && pc >= 0 && pc < indexAt.length && indexAt[pc]! >= 0;
}

function checkTargets(ins: Instruction, indexAt: Int32Array): void {
  const bad = (t: number): never => {
    throw new Reject(`${ins.op.name} target ${t} is not the start of an instruction in the code`, ins.pc);
  };
  ins.op.operands.forEach((kind, k) => {
    if (kind === 'branch' && !isTarget(ins.operands[k]!, indexAt)) bad(ins.operands[k]!);
  });
  if (!ins.switch) return;
  if (!isTarget(ins.switch.defaultTarget, indexAt)) bad(ins.switch.defaultTarget);
  let prev = -Infinity;
  for (const [match, target] of ins.switch.cases) {
    if (!isTarget(target, indexAt)) bad(target);
    // JVMS §4.10.1.9 lookupswitch: keys sorted in increasing order (the interpreter may bisect).
    if (match <= prev) throw new Reject(`${ins.op.name} keys are not in increasing order`, ins.pc);
    prev = match;
  }
}

function checkLocals(ins: Instruction, maxLocals: number): void {
  ins.op.operands.forEach((kind, k) => {
    if (kind === 'local' && ins.operands[k]! >= maxLocals) {
      throw new Reject(`local variable index ${ins.operands[k]} is not below max_locals ${maxLocals}`, ins.pc);
    }
  });
}

// ---------------------------------------------------------------------------------------
// Constant-pool operands (JVMS §4.9.1)

function resolveOperand(cf: ClassFile, ins: Instruction): Resolved {
  const name = ins.op.name;
  const cpIndex = ins.op.operands[0] === 'cp' ? ins.operands[0]! : -1;
  try {
    switch (name) {
      case 'ldc':
        return resolveLdc(cf, cpIndex);
      case 'getstatic':
      case 'putstatic':
      case 'getfield':
      case 'putfield':
        return resolveField(cf, cpIndex);
      case 'invokevirtual':
      case 'invokespecial':
      case 'invokestatic':
      case 'invokeinterface':
        return resolveMethod(cf, cpIndex, name);
      case 'new':
      case 'anewarray':
      case 'checkcast':
      case 'instanceof':
      case 'multianewarray':
        return resolveClassOperand(cf, cpIndex, name, ins.operands[1] ?? 0);
      case 'newarray':
        if (ARRAY_TYPE_DESCRIPTOR[ins.operands[0]!] === undefined) throw new Reject(`newarray has invalid element type ${ins.operands[0]}`);
        return NONE;
      default:
        return NONE;
    }
  } catch (e) {
    if (e instanceof ClassFormatError) throw new Reject(`${name}: ${e.message}`, ins.pc);
    if (e instanceof Reject && e.pc === null) throw new Reject(e.reason, ins.pc);
    throw e;
  }
}

function resolveLdc(cf: ClassFile, i: number): Resolved {
  const constant = constantAt(cf.constantPool, i);
  if (constant.type === 'Class' && !isValidClassConstantName(constant.value)) {
    throw new Reject(`ldc of invalid class name "${constant.value}"`);
  }
  return { kind: 'const', constant };
}

function resolveField(cf: ClassFile, i: number): Resolved {
  const ref = memberRefAt(cf.constantPool, i);
  if (ref.tag !== CpTag.Fieldref) throw new Reject(`constant pool #${i} is not a Fieldref`);
  checkOwner(ref.owner, false);
  if (!isValidUnqualifiedName(ref.name, false)) throw new Reject(`invalid field name "${ref.name}"`);
  if (!isValidFieldDescriptor(ref.descriptor)) throw new Reject(`invalid field descriptor "${ref.descriptor}"`);
  return { kind: 'field', ref, type: ref.descriptor };
}

function resolveMethod(cf: ClassFile, i: number, op: OpName): Resolved {
  const ref = memberRefAt(cf.constantPool, i);
  if (ref.tag === CpTag.Fieldref) throw new Reject(`constant pool #${i} is a Fieldref, not a method reference`);
  // JVMS §4.9.1: invokevirtual names a Methodref, invokeinterface an InterfaceMethodref;
  // invokespecial and invokestatic may name either.
  if (op === 'invokevirtual' && ref.tag !== CpTag.Methodref) throw new Reject(`invokevirtual needs a Methodref, not an InterfaceMethodref`);
  if (op === 'invokeinterface' && ref.tag !== CpTag.InterfaceMethodref) throw new Reject(`invokeinterface needs an InterfaceMethodref`);
  checkOwner(ref.owner, op === 'invokevirtual');
  if (!isValidMethodName(ref.name)) throw new Reject(`invalid method name "${ref.name}"`);
  if (ref.name === '<clinit>') throw new Reject(`${op} of <clinit>: class initializers cannot be invoked`);
  if (ref.name === '<init>' && op !== 'invokespecial') throw new Reject(`${op} of <init>: constructors are only invoked by invokespecial`);
  const sig = parseMethodSignature(ref.descriptor);
  if (!sig) throw new Reject(`invalid method descriptor "${ref.descriptor}"`);
  if (ref.name === '<init>' && sig.ret !== 'V') throw new Reject(`<init> must return void, not ${sig.ret}`);
  return { kind: 'method', ref, sig };
}

/** The class of a member reference: a binary name (or an array type, for invokevirtual's clone()). */
function checkOwner(owner: string, arrayAllowed: boolean): void {
  if (!isValidClassConstantName(owner)) throw new Reject(`invalid class name "${owner}"`);
  if (owner.startsWith('[') && !arrayAllowed) throw new Reject(`member reference owner ${owner} is an array type`);
}

function resolveClassOperand(cf: ClassFile, i: number, op: OpName, dims: number): Resolved {
  const name = classNameAt(cf.constantPool, i);
  if (!isValidClassConstantName(name)) throw new Reject(`invalid class name "${name}"`);
  const type = typeOfClassName(name);
  if (op === 'new' && name.startsWith('[')) throw new Reject(`new of array type ${name} (use newarray/anewarray)`);
  if (op === 'anewarray' && arrayDims(type) >= 255) throw new Reject(`anewarray of ${name} would have more than 255 dimensions`);
  if (op === 'multianewarray') {
    if (dims < 1) throw new Reject('multianewarray with 0 dimensions');
    if (arrayDims(type) < dims) throw new Reject(`multianewarray of ${dims} dimensions for type ${name} with ${arrayDims(type)}`);
  }
  return { kind: 'class', name, type };
}

// ---------------------------------------------------------------------------------------
// Exception handlers (JVMS §4.7.3, §4.10.2.1)

function checkHandler(
  cf: ClassFile,
  code: CodeAttribute,
  h: CodeAttribute['exceptionTable'][number],
  n: number,
  indexAt: Int32Array,
  types: TypeContext,
): CheckedHandler {
  const where = `exception handler #${n}`;
  const len = code.code.length;
  if (!isTarget(h.startPc, indexAt)) throw new Reject(`${where}: start ${h.startPc} is not the start of an instruction`);
  if (!(h.endPc === len || isTarget(h.endPc, indexAt))) throw new Reject(`${where}: end ${h.endPc} is neither an instruction start nor the code end`);
  if (h.startPc >= h.endPc) throw new Reject(`${where}: start ${h.startPc} is not before end ${h.endPc}`);
  if (!isTarget(h.handlerPc, indexAt)) throw new Reject(`${where}: handler ${h.handlerPc} is not the start of an instruction`);
  const caught = h.catchType === 0 ? THROWABLE_T : caughtType(cf, h.catchType, where);
  if (!types.isAssignable(caught, THROWABLE_T)) throw new Reject(`${where}: catch type ${describe(caught)} is not a subclass of java/lang/Throwable`);
  return { handlerPc: h.handlerPc, startPc: h.startPc, endPc: h.endPc, handlerIndex: indexAt[h.handlerPc]!, caught };
}

function caughtType(cf: ClassFile, index: number, where: string): VType {
  let name: string;
  try {
    name = classNameAt(cf.constantPool, index);
  } catch (e) {
    if (e instanceof ClassFormatError) throw new Reject(`${where}: ${e.message}`);
    throw e;
  }
  if (!isValidClassConstantName(name) || name.startsWith('[')) throw new Reject(`${where}: invalid catch type "${name}"`);
  return typeOfClassName(name);
}
