// An independent safety oracle for the verifier tests: it EXECUTES a method along random
// paths (every branch direction and exception edge chosen at random) on tagged values and
// reports the first dynamic type-safety violation — stack under/overflow, a bad local, a value
// of the wrong kind, an uninitialized object used, a bad return. It shares no code with the
// verifier (only the bytecode decoder and constant-pool readers), so agreement means something.

import type { ClassFile, CodeAttribute, ExceptionHandler } from '../../../vm/bytecode/classfile.ts';
import { classNameAt, constantAt, memberRefAt, utf8At } from '../../../vm/bytecode/constant-pool.ts';
import { parseMethodDescriptor } from '../../../vm/bytecode/descriptors.ts';
import { decodeInstructionAt } from '../../../vm/bytecode/instructions.ts';
import { ARRAY_TYPE_DESCRIPTOR, type Instruction } from '../../../vm/bytecode/opcodes.ts';
import type { ClassHierarchy } from '../../../vm/runtime/verifier.ts';

/** A run-time object: `type` is its class as a descriptor; `uninit` until its <init> ran. */
interface Obj {
  type: string;
  uninit: boolean;
  isThis: boolean;
}
/** Primitive values carry only their kind; references are null or an object. */
type Val = 'I' | 'J' | 'F' | 'D' | null | Obj;

class Violation extends Error {}
/** A path ends without returning: an exception left the method. */
class EndOfPath extends Error {}

interface MethodUnderTest {
  cf: ClassFile;
  className: string;
  superName: string | null;
  name: string;
  desc: string;
  isStatic: boolean;
  maxStack: number;
  maxLocals: number;
  code: Uint8Array;
  handlers: readonly ExceptionHandler[];
}

/**
 * Runs `runs` random paths of at most `maxSteps` instructions through method `mi` of `cf`.
 * Returns a description of the first violation found, or null.
 */
export function monitorMethod(cf: ClassFile, mi: number, h: ClassHierarchy, rng: () => number, runs = 8, maxSteps = 400): string | null {
  const info = cf.methods[mi]!;
  if (!info.code) return null;
  let m: MethodUnderTest;
  try {
    m = describeMethod(cf, info, info.code);
  } catch (e) {
    return `unreadable method header: ${(e as Error).message}`;
  }
  const starts = instructionStarts(m.code);
  for (let r = 0; r < runs; r++) {
    try {
      new Run(m, h, rng, starts).go(maxSteps);
    } catch (e) {
      if (e instanceof Violation) return `${m.name}${m.desc}: ${e.message}`;
      if (!(e instanceof EndOfPath)) throw e;
    }
  }
  return null;
}

function describeMethod(cf: ClassFile, info: ClassFile['methods'][number], code: CodeAttribute): MethodUnderTest {
  return {
    cf,
    className: classNameAt(cf.constantPool, cf.thisClass),
    superName: cf.superClass === 0 ? null : classNameAt(cf.constantPool, cf.superClass),
    name: utf8At(cf.constantPool, info.nameIndex),
    desc: utf8At(cf.constantPool, info.descriptorIndex),
    isStatic: (info.access & 0x0008) !== 0,
    maxStack: code.maxStack,
    maxLocals: code.maxLocals,
    code: code.code,
    handlers: code.exceptionTable,
  };
}

/** Offsets where a linear decode finds an instruction (up to the first undecodable byte). */
function instructionStarts(code: Uint8Array): Set<number> {
  const out = new Set<number>();
  let pc = 0;
  try {
    while (pc < code.length) {
      const ins = decodeInstructionAt(code, pc);
      out.add(pc);
      pc += ins.length;
    }
  } catch {
    // the rest is undecodable: executing there is a violation
  }
  return out;
}

const REF_START = /^[L[]/;

class Run {
  private pc = 0;
  private stack: Val[] = [];
  private locals: (Val | undefined)[];
  private thisObj: Obj | null = null;

  constructor(
    private readonly m: MethodUnderTest,
    private readonly h: ClassHierarchy,
    private readonly rng: () => number,
    private readonly starts: Set<number>,
  ) {
    this.locals = new Array(m.maxLocals).fill(undefined);
    const params = this.params(m.desc);
    let slot = 0;
    if (!m.isStatic) {
      const isCtor = m.name === '<init>' && m.className !== 'java/lang/Object';
      this.thisObj = { type: `L${m.className};`, uninit: isCtor, isThis: true };
      this.setLocal(slot++, this.thisObj);
    }
    for (const p of params) this.setLocal(slot++, this.valueOf(p, false));
  }

  go(maxSteps: number): void {
    for (let step = 0; step < maxSteps; step++) {
      if (!this.starts.has(this.pc)) throw new Violation(`execution reaches offset ${this.pc}, not an instruction start`);
      const ins = decodeInstructionAt(this.m.code, this.pc);
      if (this.maybeThrow(ins)) continue;
      if (this.exec(ins)) return;
    }
  }

  // --- helpers -------------------------------------------------------------------------
  private fail(msg: string): never {
    throw new Violation(`at ${this.pc}: ${msg}`);
  }
  private params(desc: string): string[] {
    try {
      return parseMethodDescriptor(desc).params.map(String);
    } catch {
      return this.fail(`bad method descriptor ${desc}`);
    }
  }
  private push(v: Val): void {
    if (this.stack.length >= this.m.maxStack) this.fail('stack overflow');
    this.stack.push(v);
  }
  private pop(): Val {
    if (this.stack.length === 0) this.fail('stack underflow');
    return this.stack.pop()!;
  }
  private popKind(k: 'I' | 'J' | 'F' | 'D'): void {
    const v = this.pop();
    if (v !== k) this.fail(`expected ${k}, got ${show(v)}`);
  }
  /** Pops null or an initialized object. */
  private popRef(): Obj | null {
    const v = this.pop();
    if (v !== null && typeof v !== 'object') this.fail(`expected a reference, got ${v}`);
    if (v && v.uninit) this.fail(`use of uninitialized ${v.type}`);
    return v;
  }
  private setLocal(i: number, v: Val): void {
    if (i >= this.m.maxLocals) this.fail(`local ${i} beyond max_locals ${this.m.maxLocals}`);
    this.locals[i] = v;
  }
  private getLocal(i: number): Val {
    if (i >= this.m.maxLocals) this.fail(`local ${i} beyond max_locals`);
    const v = this.locals[i];
    if (v === undefined) this.fail(`local ${i} read before written`);
    return v;
  }
  private chance(p: number): boolean {
    return this.rng() < p;
  }
  /** A value of a declared field/return/element type, as a callee or the heap might give it. */
  private valueOf(desc: string, maybeNull = true): Val {
    if ('ZBCSI'.includes(desc) && desc.length === 1) return 'I';
    if (desc === 'J' || desc === 'F' || desc === 'D') return desc;
    if (!REF_START.test(desc)) this.fail(`bad type ${desc}`);
    return maybeNull && this.chance(0.2) ? null : { type: desc, uninit: false, isThis: false };
  }
  private assignable(v: Val, desc: string): boolean {
    if (desc.length === 1) return v === ('ZBCSI'.includes(desc) ? 'I' : desc);
    if (v === null) return true;
    if (typeof v !== 'object' || v.uninit) return false;
    return this.refAssignable(v.type, desc);
  }
  private refAssignable(from: string, to: string): boolean {
    if (from === to || to === 'Ljava/lang/Object;') return true;
    if (to.startsWith('[')) {
      if (!from.startsWith('[')) return false;
      const te = to.slice(1);
      const fe = from.slice(1);
      if (!REF_START.test(te) || !REF_START.test(fe)) return te === fe;
      return this.refAssignable(fe, te);
    }
    const target = to.slice(1, -1);
    if (this.h.isInterface(target) === true) return true; // checked at invokeinterface time
    if (from.startsWith('[')) return false;
    let c: string | null | undefined = from.slice(1, -1);
    for (let n = 0; c && n < 100; n++) {
      if (c === target) return true;
      c = c === this.m.className ? this.m.superName : this.h.superclassOf(c);
    }
    return false;
  }
  private cp<T>(read: () => T): T {
    try {
      return read();
    } catch (e) {
      return this.fail(`bad constant-pool operand: ${(e as Error).message}`);
    }
  }

  // --- exceptions ------------------------------------------------------------------------
  /** Sometimes makes a throwing instruction throw, entering a covering handler. */
  private maybeThrow(ins: Instruction): boolean {
    const name = ins.op.name;
    const canThrow = /aload$|astore$|^[il](div|rem)$|field|static$|^invoke|^new|array|athrow|checkcast/.test(name) && !/^[ilfda]load$|^[ilfda]store$/.test(name);
    if (!canThrow || !this.chance(0.2)) return false;
    const covering = this.m.handlers.filter((x) => this.pc >= x.startPc && this.pc < x.endPc);
    const h = covering[Math.floor(this.rng() * (covering.length + 1))];
    if (!h) return this.endPath();
    const type = h.catchType === 0 ? 'Ljava/lang/RuntimeException;' : `L${this.cp(() => classNameAt(this.m.cf.constantPool, h.catchType))};`;
    this.stack = [];
    this.push({ type, uninit: false, isThis: false });
    this.pc = h.handlerPc;
    return true;
  }
  private endPath(): boolean {
    this.pc = -1;
    this.stack = [];
    this.locals = [];
    throw new EndOfPath();
  }

  // --- one instruction -----------------------------------------------------------------
  /** Executes ins; returns true when the method returned. */
  private exec(ins: Instruction): boolean {
    const name = ins.op.name;
    const next = this.pc + ins.length;
    const a0 = ins.operands[0]!;
    let m: RegExpExecArray | null;
    let target = next;
    if (name === 'nop') {
      // nothing
    } else if (name === 'aconst_null') this.push(null);
    else if ((m = /^([ilfd])const_/.exec(name))) this.push(kind(m[1]!));
    else if (name === 'bipush' || name === 'sipush') this.push('I');
    else if (name === 'ldc') this.ldc(a0);
    else if ((m = /^([ilfd])load$/.exec(name))) {
      const v = this.getLocal(a0);
      if (v !== kind(m[1]!)) this.fail(`local ${a0} holds ${show(v)}, not ${m[1]}`);
      this.push(v);
    } else if (name === 'aload') {
      const v = this.getLocal(a0);
      if (v !== null && typeof v !== 'object') this.fail(`aload of ${v}`);
      this.push(v);
    } else if ((m = /^([ilfd])store$/.exec(name))) {
      this.popKind(kind(m[1]!));
      this.setLocal(a0, kind(m[1]!));
    } else if (name === 'astore') {
      const v = this.pop();
      if (v !== null && typeof v !== 'object') this.fail(`astore of ${v}`);
      this.setLocal(a0, v);
    } else if (name === 'iinc') {
      if (this.getLocal(a0) !== 'I') this.fail('iinc of a non-int local');
    } else if ((m = /^([ilfdabcs])aload$/.exec(name))) this.arrayLoad(m[1]!);
    else if ((m = /^([ilfdabcs])astore$/.exec(name))) this.arrayStore(m[1]!);
    else if (name === 'pop') this.pop();
    else if (name === 'dup') this.shuffle(1, [0, 0]);
    else if (name === 'dup_x1') this.shuffle(2, [0, 1, 0]);
    else if (name === 'dup_x2') this.shuffle(3, [0, 2, 1, 0]);
    else if (name === 'swap') this.shuffle(2, [0, 1]);
    else if ((m = /^([ilfd])(add|sub|mul|div|rem|and|or|xor)$/.exec(name))) {
      this.popKind(kind(m[1]!));
      this.popKind(kind(m[1]!));
      this.push(kind(m[1]!));
    } else if ((m = /^([ilfd])neg$/.exec(name))) {
      this.popKind(kind(m[1]!));
      this.push(kind(m[1]!));
    } else if ((m = /^([il])u?sh[lr]$/.exec(name))) {
      this.popKind('I');
      this.popKind(kind(m[1]!));
      this.push(kind(m[1]!));
    } else if ((m = /^([ilfd])2([ilfdbcs])$/.exec(name))) {
      this.popKind(kind(m[1]!));
      this.push(kind(m[2]!));
    } else if ((m = /^([lfd])cmp[lg]?$/.exec(name))) {
      this.popKind(kind(m[1]!));
      this.popKind(kind(m[1]!));
      this.push('I');
    } else if (/^if(eq|ne|lt|ge|gt|le)$/.test(name)) {
      this.popKind('I');
      if (this.chance(0.5)) target = a0;
    } else if (/^if_icmp/.test(name)) {
      this.popKind('I');
      this.popKind('I');
      if (this.chance(0.5)) target = a0;
    } else if (/^if_acmp/.test(name)) {
      this.popRef();
      this.popRef();
      if (this.chance(0.5)) target = a0;
    } else if (name === 'ifnull' || name === 'ifnonnull') {
      this.popRef();
      if (this.chance(0.5)) target = a0;
    } else if (name === 'goto') target = a0;
    else if (name === 'tableswitch' || name === 'lookupswitch') {
      this.popKind('I');
      const sw = ins.switch!;
      const all = [sw.defaultTarget, ...sw.cases.map(([, t]) => t)];
      target = all[Math.floor(this.rng() * all.length)]!;
    } else if (/return$/.test(name)) {
      this.doReturn(name);
      return true;
    } else if (/^(get|put)(field|static)$/.test(name)) this.field(name, a0);
    else if (name.startsWith('invoke')) this.invoke(name, a0);
    else if (name === 'new') {
      const cls = this.cp(() => classNameAt(this.m.cf.constantPool, a0));
      if (cls.startsWith('[')) this.fail('new of an array class');
      this.push({ type: `L${cls};`, uninit: true, isThis: false });
    } else if (name === 'newarray') {
      this.popKind('I');
      const e = ARRAY_TYPE_DESCRIPTOR[a0];
      if (!e) this.fail(`bad newarray type ${a0}`);
      this.push({ type: `[${e}`, uninit: false, isThis: false });
    } else if (name === 'anewarray') {
      this.popKind('I');
      const cls = this.cp(() => classNameAt(this.m.cf.constantPool, a0));
      this.push({ type: `[${cls.startsWith('[') ? cls : `L${cls};`}`, uninit: false, isThis: false });
    } else if (name === 'multianewarray') {
      const cls = this.cp(() => classNameAt(this.m.cf.constantPool, a0));
      const dims = ins.operands[1]!;
      if (dims < 1 || !cls.startsWith('['.repeat(dims))) this.fail(`multianewarray ${cls} with ${dims} dims`);
      for (let k = 0; k < dims; k++) this.popKind('I');
      this.push({ type: cls, uninit: false, isThis: false });
    } else if (name === 'arraylength') {
      const a = this.popRef();
      if (a && !a.type.startsWith('[')) this.fail(`arraylength of ${a.type}`);
      this.push('I');
    } else if (name === 'athrow') {
      const e = this.popRef();
      if (e && !this.refAssignable(e.type, 'Ljava/lang/Throwable;')) this.fail(`athrow of ${e.type}`);
      this.endPath();
    } else if (name === 'checkcast' || name === 'instanceof') {
      const cls = this.cp(() => classNameAt(this.m.cf.constantPool, a0));
      const t = cls.startsWith('[') ? cls : `L${cls};`;
      const v = this.popRef();
      if (name === 'instanceof') this.push('I');
      else if (v && !this.refAssignable(v.type, t)) this.endPath(); // ClassCastException
      else this.push(v === null ? null : { type: t, uninit: false, isThis: false });
    } else this.fail(`monitor does not know ${name}`);
    this.pc = target;
    return false;
  }

  private ldc(i: number): void {
    const c = this.cp(() => constantAt(this.m.cf.constantPool, i));
    if (c.type === 'String') this.push({ type: 'Ljava/lang/String;', uninit: false, isThis: false });
    else if (c.type === 'Class') this.push({ type: 'Ljava/lang/Class;', uninit: false, isThis: false });
    else this.push(c.type);
  }

  private shuffle(n: number, order: number[]): void {
    const taken: Val[] = [];
    for (let k = 0; k < n; k++) taken.push(this.pop()); // taken[0] is the top
    for (const k of order) this.push(taken[k]!);
  }

  private arrayOf(c: string): Obj | null {
    const a = this.popRef();
    if (a === null) return null;
    const ok = c === 'a' ? /^\[[L[]/.test(a.type) : c === 'b' ? a.type === '[B' || a.type === '[Z' : a.type === `[${c === 'l' ? 'J' : c.toUpperCase()}`;
    if (!ok) this.fail(`${c}aload/${c}astore on ${a.type}`);
    return a;
  }

  private arrayLoad(c: string): void {
    this.popKind('I');
    const a = this.arrayOf(c);
    if (c === 'a') this.push(a === null ? null : this.valueOf(a.type.slice(1)));
    else this.push(kind(c));
  }

  private arrayStore(c: string): void {
    if (c === 'a') this.popRef(); // element class is checked at run time (ArrayStoreException)
    else this.popKind(kind(c));
    this.popKind('I');
    this.arrayOf(c);
  }

  private doReturn(name: string): void {
    const ret = this.m.desc.slice(this.m.desc.indexOf(')') + 1);
    if (name === 'return') {
      if (ret !== 'V') this.fail('return in a non-void method');
      if (this.thisObj?.uninit) this.fail('constructor returns with this uninitialized');
      return;
    }
    const v = this.pop();
    if (ret === 'V') this.fail(`${name} in a void method`);
    if (!this.assignable(v, ret)) this.fail(`${name} of ${show(v)} from a method returning ${ret}`);
    if (name === 'areturn' && ret.length === 1) this.fail('areturn of a primitive method');
    if (name !== 'areturn' && ret.length > 1) this.fail(`${name} of a reference method`);
  }

  private field(name: string, i: number): void {
    const ref = this.cp(() => memberRefAt(this.m.cf.constantPool, i));
    if (ref.descriptor.startsWith('(')) this.fail('field instruction with a method descriptor');
    const isStatic = name.endsWith('static');
    if (name.startsWith('put')) {
      const v = this.pop();
      if (!this.assignable(v, ref.descriptor)) this.fail(`${name} ${ref.name} of ${show(v)}`);
    }
    if (!isStatic) {
      const recv = this.pop();
      const ownUninitThis =
        name === 'putfield' && recv === this.thisObj && recv !== null && typeof recv === 'object' && recv.uninit && ref.owner === this.m.className;
      if (!ownUninitThis && !this.assignable(recv, `L${ref.owner};`)) this.fail(`${name} receiver ${show(recv)} for ${ref.owner}`);
    }
    if (name.startsWith('get')) this.push(this.valueOf(ref.descriptor));
  }

  private invoke(name: string, i: number): void {
    const ref = this.cp(() => memberRefAt(this.m.cf.constantPool, i));
    if (ref.name === '<clinit>') this.fail('invoke of <clinit>');
    if (ref.name === '<init>' && name !== 'invokespecial') this.fail(`${name} of <init>`);
    let sig: { params: string[]; ret: string };
    try {
      const d = parseMethodDescriptor(ref.descriptor);
      sig = { params: d.params.map(String), ret: String(d.ret) };
    } catch {
      return this.fail(`bad method descriptor ${ref.descriptor}`);
    }
    for (let k = sig.params.length - 1; k >= 0; k--) {
      const v = this.pop();
      if (!this.assignable(v, sig.params[k]!)) this.fail(`argument ${k + 1} of ${ref.name}: ${show(v)} for ${sig.params[k]}`);
    }
    if (name !== 'invokestatic') this.receiver(name, ref.owner, ref.name);
    if (sig.ret !== 'V') this.push(this.valueOf(sig.ret));
  }

  private receiver(name: string, owner: string, method: string): void {
    const recv = this.pop();
    if (method === '<init>') {
      if (recv === null || typeof recv !== 'object' || !recv.uninit) this.fail(`<init> on ${show(recv)}`);
      const ok = recv.isThis ? owner === this.m.className || owner === this.m.superName : recv.type === `L${owner};`;
      if (!ok) this.fail(`${owner}.<init> on ${recv.type}`);
      recv.uninit = false;
      return;
    }
    const ownerType = owner.startsWith('[') ? owner : `L${owner};`;
    if (!this.assignable(recv, ownerType)) this.fail(`${name} ${owner}.${method} on ${show(recv)}`);
    if (name === 'invokespecial' && !this.assignable(recv, `L${this.m.className};`)) this.fail(`invokespecial on ${show(recv)}`);
  }
}

function kind(c: string): 'I' | 'J' | 'F' | 'D' {
  return c === 'l' ? 'J' : c === 'f' ? 'F' : c === 'd' ? 'D' : 'I';
}

function show(v: Val | undefined): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  return v.uninit ? `uninitialized ${v.type}` : v.type;
}
