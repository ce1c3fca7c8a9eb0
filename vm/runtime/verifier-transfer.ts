// The effect of each instruction on an abstract frame (JVMS §4.10.1.9, one slot per value).
// Opcodes with a 'fixed' stack effect in the opcode table run through one generic rule;
// REFINED overrides those whose types need more (locals, arrays, returns) and the 'special'
// ones by name. Hands verifier-flow.ts `transfer` and verifier.ts `HANDLED_OPS`.

import { Access } from '../bytecode/classfile.ts';
import { ARRAY_TYPE_DESCRIPTOR, OPCODES, type Instruction, type OpName, type SlotType } from '../bytecode/opcodes.ts';
import type { Frame } from './verifier-frame.ts';
import type { CheckedCode, Resolved } from './verifier-structure.ts';
import {
  CLASS_T,
  NULL,
  Reject,
  STRING_T,
  THROWABLE_T,
  UNINIT_THIS,
  describe,
  isArray,
  isRef,
  isUninit,
  typeOfClassName,
  typeOfDescriptor,
  type Budget,
  type TypeContext,
  type VType,
} from './verifier-types.ts';

/** What the transfer functions need to know about the method being verified. */
export interface MethodEnv {
  readonly types: TypeContext;
  /** Shared by every method of the class (see Budget). */
  readonly budget: Budget;
  readonly className: string;
  readonly superName: string | null;
  readonly isStatic: boolean;
  readonly isConstructor: boolean;
  /** Parameter verification types. */
  readonly params: readonly VType[];
  /** Return descriptor ('V' or a field descriptor). */
  readonly ret: string;
  readonly maxStack: number;
  readonly maxLocals: number;
  /** Non-static fields this class declares, as "name:descriptor" (putfield on uninitializedThis). */
  readonly ownFields: ReadonlySet<string>;
}

interface Ctx {
  readonly env: MethodEnv;
  readonly f: Frame;
  readonly ins: Instruction;
  readonly r: Resolved;
  readonly cc: CheckedCode;
}

type Rule = (c: Ctx) => void;

/** Applies one instruction to frame `f` (mutating it). Throws Reject (without an offset). */
export function transfer(env: MethodEnv, f: Frame, ins: Instruction, r: Resolved, cc: CheckedCode): void {
  const rule = REFINED[ins.op.name];
  if (rule) return rule({ env, f, ins, r, cc });
  if (ins.op.stack.kind !== 'fixed') throw new Reject(`${ins.op.name} is not modelled by the verifier`);
  genericFixed(f, ins.op.name, ins.op.stack.pop, ins.op.stack.push);
}

/** The table's stack effect, for instructions that only move primitives (and consume refs). */
function genericFixed(f: Frame, name: string, pop: readonly SlotType[], push: readonly SlotType[]): void {
  for (let k = pop.length - 1; k >= 0; k--) {
    const want = pop[k]!;
    if (want === 'A') f.popRef(name);
    else f.popPrim(want, name);
  }
  for (const t of push) {
    // Reference results need a precise type, so every such opcode has a REFINED rule.
    if (t === 'A') throw new Reject(`${name}: verifier has no type rule for its reference result`);
    f.push(t);
  }
}

// ---------------------------------------------------------------------------------------
// Locals

const load =
  (want: VType | 'A'): Rule =>
  ({ f, ins }) =>
    f.push(f.load(ins.operands[0]!, want, ins.op.name));

const store =
  (kind: VType): Rule =>
  ({ f, ins }) => {
    f.popPrim(kind, ins.op.name);
    f.locals[ins.operands[0]!] = kind;
  };

function astore({ f, ins }: Ctx): void {
  const t = f.pop();
  if (!isRef(t) && !isUninit(t)) throw new Reject(`astore expects a reference on the stack, found ${describe(t)}`);
  f.locals[ins.operands[0]!] = t;
}

// ---------------------------------------------------------------------------------------
// Arrays: the element kind must match the array type (JVMS §4.10.1.9 iaload, baload, ...)

/** Pops an array (or null) whose type must be `want` (one of `alts`); returns it. */
function popArray(f: Frame, name: string, alts: readonly VType[] | 'ref'): VType {
  const t = f.popRef(name);
  if (t === NULL) return t;
  const ok = alts === 'ref' ? isArray(t) && isRef(t.slice(1)) : alts.includes(t);
  if (!ok) {
    const wanted = alts === 'ref' ? 'an array of references' : alts.join(' or ');
    throw new Reject(`${name} expects ${wanted}, found ${describe(t)}`);
  }
  return t;
}

const arrayLoad =
  (alts: readonly VType[], result: VType): Rule =>
  ({ f, ins }) => {
    f.popPrim('I', ins.op.name);
    popArray(f, ins.op.name, alts);
    f.push(result);
  };

const arrayStore =
  (alts: readonly VType[], value: VType): Rule =>
  ({ f, ins }) => {
    f.popPrim(value, ins.op.name);
    f.popPrim('I', ins.op.name);
    popArray(f, ins.op.name, alts);
  };

function aaload({ f }: Ctx): void {
  f.popPrim('I', 'aaload');
  const arr = popArray(f, 'aaload', 'ref');
  f.push(arr === NULL ? NULL : arr.slice(1));
}

function aastore({ f }: Ctx): void {
  // The value's class is checked against the array's at run time (ArrayStoreException).
  f.popRef('aastore');
  f.popPrim('I', 'aastore');
  popArray(f, 'aastore', 'ref');
}

function arraylength({ f }: Ctx): void {
  const t = f.popRef('arraylength');
  if (t !== NULL && !isArray(t)) throw new Reject(`arraylength expects an array, found ${describe(t)}`);
  f.push('I');
}

// ---------------------------------------------------------------------------------------
// Stack shuffles: any value, uninitialized ones included (`new C; dup`)

function dupX(depth: number): Rule {
  return ({ f }) => {
    const top = f.pop();
    const under: VType[] = [];
    for (let k = 0; k < depth; k++) under.push(f.pop());
    f.push(top);
    for (let k = under.length - 1; k >= 0; k--) f.push(under[k]!);
    f.push(top);
  };
}

function swap({ f }: Ctx): void {
  const a = f.pop();
  const b = f.pop();
  f.push(a);
  f.push(b);
}

// ---------------------------------------------------------------------------------------
// Returns (JVMS §4.10.1.9 ireturn, areturn, return)

const primReturn =
  (kind: VType): Rule =>
  ({ env, f, ins }) => {
    if (env.ret === 'V' || typeOfDescriptor(env.ret) !== kind) {
      throw new Reject(`${ins.op.name} in a method returning ${env.ret}`);
    }
    f.popPrim(kind, ins.op.name);
  };

function areturn({ env, f }: Ctx): void {
  const ret = env.ret === 'V' ? 'V' : typeOfDescriptor(env.ret);
  if (!isRef(ret)) throw new Reject(`areturn in a method returning ${env.ret}`);
  f.popAssignable(ret, env.types, 'areturn');
}

function voidReturn({ env, f }: Ctx): void {
  if (env.ret !== 'V') throw new Reject(`return without a value in a method returning ${env.ret}`);
  if (f.thisUninit) throw new Reject('constructor returns before calling super() or this()');
}

// ---------------------------------------------------------------------------------------
// Objects, classes and constants

function classOf(r: Resolved): { name: string; type: VType } {
  if (r.kind !== 'class') throw new Reject('missing class operand');
  return r;
}

function ldc({ f, r }: Ctx): void {
  if (r.kind !== 'const') throw new Reject('ldc: missing constant operand');
  const c = r.constant;
  f.push(c.type === 'String' ? STRING_T : c.type === 'Class' ? CLASS_T : c.type);
}

function newObject({ f, ins, r }: Ctx): void {
  classOf(r);
  const t = `U${ins.pc}`;
  // JVMS §4.10.1.9 new: the type made here must not already be on the stack; stale copies
  // in locals (from an earlier pass through this `new`) become unusable.
  if (f.stack.includes(t)) throw new Reject(`new at ${ins.pc} while its earlier uninitialized object is still on the stack`);
  f.initialize(t, 'T');
  f.push(t);
}

function newarray({ f, ins }: Ctx): void {
  f.popPrim('I', 'newarray');
  f.push(`[${ARRAY_TYPE_DESCRIPTOR[ins.operands[0]!]!}`);
}

function anewarray({ f, r }: Ctx): void {
  f.popPrim('I', 'anewarray');
  f.push(`[${classOf(r).type}`);
}

function multianewarray({ f, ins, r }: Ctx): void {
  const dims = ins.operands[1]!;
  for (let k = 0; k < dims; k++) f.popPrim('I', 'multianewarray');
  f.push(classOf(r).type);
}

function checkcast({ f, r }: Ctx): void {
  f.popRef('checkcast');
  f.push(classOf(r).type);
}

function instanceOf({ f, r }: Ctx): void {
  classOf(r);
  f.popRef('instanceof');
  f.push('I');
}

function athrow({ env, f }: Ctx): void {
  f.popAssignable(THROWABLE_T, env.types, 'athrow');
}

// ---------------------------------------------------------------------------------------
// Fields (JVMS §4.10.1.9 getfield, putfield: receiver assignable to the field's class)

function fieldOf(r: Resolved): Extract<Resolved, { kind: 'field' }> {
  if (r.kind !== 'field') throw new Reject('missing field operand');
  return r;
}

function getstatic({ f, r }: Ctx): void {
  f.push(typeOfDescriptor(fieldOf(r).type));
}

function putstatic({ env, f, r }: Ctx): void {
  const fr = fieldOf(r);
  f.popAssignable(typeOfDescriptor(fr.type), env.types, `putstatic ${fr.ref.owner}.${fr.ref.name}`);
}

function getfield({ env, f, r }: Ctx): void {
  const fr = fieldOf(r);
  const recv = f.stack[f.stack.length - 1];
  f.popAssignable(typeOfClassName(fr.ref.owner), env.types, `getfield ${fr.ref.owner}.${fr.ref.name} receiver`);
  checkProtected(env, 'field', fr.ref, recv!);
  f.push(typeOfDescriptor(fr.type));
}

function putfield({ env, f, r }: Ctx): void {
  const fr = fieldOf(r);
  const what = `putfield ${fr.ref.owner}.${fr.ref.name}`;
  f.popAssignable(typeOfDescriptor(fr.type), env.types, what);
  const recv = f.pop();
  // A constructor may set its own class's fields before calling super() (javac does, for
  // captured values); nothing else may touch an uninitialized object (JVMS §4.10.1.9 putfield).
  if (recv === UNINIT_THIS && fr.ref.owner === env.className && env.ownFields.has(`${fr.ref.name}:${fr.type}`)) return;
  if (!env.types.isAssignable(recv, typeOfClassName(fr.ref.owner))) {
    throw new Reject(`${what} receiver expects ${fr.ref.owner}, found ${describe(recv)}`);
  }
  checkProtected(env, 'field', fr.ref, recv);
}

/**
 * JVMS §4.10.1.8: a protected member of a superclass in another package may only be used
 * through a receiver of the current class (or a subclass), not through any instance of the
 * declaring class. Needs the hierarchy's optional fieldAccess/methodAccess to find the member.
 */
function checkProtected(env: MethodEnv, kind: 'field' | 'method', ref: { owner: string; name: string; descriptor: string }, recv: VType): void {
  const t = env.types;
  if (recv === NULL || ref.owner.startsWith('[') || ref.owner === env.className) return;
  if (packageOf(ref.owner) === packageOf(env.className) || !t.isSubclassOf(env.className, ref.owner)) return;
  const m = t.declaredMember(kind, ref.owner, ref.name, ref.descriptor);
  if (!m || (m.access & Access.PROTECTED) === 0 || packageOf(m.owner) === packageOf(env.className)) return;
  if (kind === 'method' && ref.name === 'clone' && isArray(recv)) return; // arrays' public clone()
  if (!t.isAssignable(recv, `L${env.className};`)) {
    throw new Reject(`protected ${kind} ${m.owner}.${ref.name} used through ${describe(recv)}, which is not ${env.className} or a subclass`);
  }
}

function packageOf(name: string): string {
  const i = name.lastIndexOf('/');
  return i < 0 ? '' : name.slice(0, i);
}

// ---------------------------------------------------------------------------------------
// Invocations (JVMS §4.10.1.9 invokevirtual, invokespecial, invokestatic, invokeinterface)

function methodOf(r: Resolved): Extract<Resolved, { kind: 'method' }> {
  if (r.kind !== 'method') throw new Reject('missing method operand');
  return r;
}

function popArgs(env: MethodEnv, f: Frame, m: Extract<Resolved, { kind: 'method' }>, what: string): void {
  const ps = m.sig.params;
  for (let k = ps.length - 1; k >= 0; k--) f.popAssignable(typeOfDescriptor(ps[k]!), env.types, `${what} argument ${k + 1}`);
}

function pushResult(f: Frame, m: Extract<Resolved, { kind: 'method' }>): void {
  if (m.sig.ret !== 'V') f.push(typeOfDescriptor(m.sig.ret));
}

const invokeOnObject =
  (op: 'invokevirtual' | 'invokeinterface'): Rule =>
  ({ env, f, r }) => {
    const m = methodOf(r);
    const what = `${op} ${m.ref.owner}.${m.ref.name}${m.ref.descriptor}`;
    popArgs(env, f, m, what);
    const recv = f.stack[f.stack.length - 1];
    f.popAssignable(typeOfClassName(m.ref.owner), env.types, `${what} receiver`);
    if (op === 'invokevirtual') checkProtected(env, 'method', m.ref, recv!);
    pushResult(f, m);
  };

function invokestatic({ env, f, r }: Ctx): void {
  const m = methodOf(r);
  popArgs(env, f, m, `invokestatic ${m.ref.owner}.${m.ref.name}${m.ref.descriptor}`);
  pushResult(f, m);
}

function invokespecial(c: Ctx): void {
  const { env, f, r } = c;
  const m = methodOf(r);
  const what = `invokespecial ${m.ref.owner}.${m.ref.name}${m.ref.descriptor}`;
  popArgs(env, f, m, what);
  if (m.ref.name === '<init>') return initObject(c, m.ref.owner, what);
  // A non-constructor invokespecial calls a private or superclass method of the current class.
  const t = env.types;
  if (m.ref.owner !== env.className && !t.isSubclassOf(env.className, m.ref.owner) && !t.isInterface(m.ref.owner)) {
    throw new Reject(`${what}: ${m.ref.owner} is neither this class nor one of its superclasses`);
  }
  f.popAssignable(`L${env.className};`, env.types, `${what} receiver`);
  pushResult(f, m);
}

/** invokespecial <init>: the receiver must be uninitialized and of the constructor's class. */
function initObject({ env, f, cc }: Ctx, owner: string, what: string): void {
  const recv = f.pop();
  if (recv === UNINIT_THIS) {
    // JVMS §4.10.1.9: this(...) or super(...) from a constructor of this class.
    if (owner !== env.className && owner !== env.superName) {
      throw new Reject(`${what}: a constructor must call an <init> of its own class or its direct superclass`);
    }
    f.initialize(UNINIT_THIS, `L${env.className};`);
    f.thisUninit = false;
    return;
  }
  if (!isUninit(recv)) throw new Reject(`${what} on ${describe(recv)}, which is not an uninitialized object`);
  const newIns = cc.indexAt[Number(recv.slice(1))]!;
  const made = cc.resolved[newIns]!;
  if (made.kind !== 'class' || made.name !== owner) {
    throw new Reject(`${what} on an object made by new ${made.kind === 'class' ? made.name : '?'}`);
  }
  f.initialize(recv, typeOfClassName(owner));
}

// ---------------------------------------------------------------------------------------
// The rule table

const REFINED: Partial<Record<OpName, Rule>> = {
  aconst_null: ({ f }) => f.push(NULL),
  ldc,
  iload: load('I'),
  lload: load('J'),
  fload: load('F'),
  dload: load('D'),
  aload: load('A'),
  istore: store('I'),
  lstore: store('J'),
  fstore: store('F'),
  dstore: store('D'),
  astore,
  iinc: ({ f, ins }) => void f.load(ins.operands[0]!, 'I', 'iinc'),
  iaload: arrayLoad(['[I'], 'I'),
  laload: arrayLoad(['[J'], 'J'),
  faload: arrayLoad(['[F'], 'F'),
  daload: arrayLoad(['[D'], 'D'),
  baload: arrayLoad(['[B', '[Z'], 'I'),
  caload: arrayLoad(['[C'], 'I'),
  saload: arrayLoad(['[S'], 'I'),
  aaload,
  iastore: arrayStore(['[I'], 'I'),
  lastore: arrayStore(['[J'], 'J'),
  fastore: arrayStore(['[F'], 'F'),
  dastore: arrayStore(['[D'], 'D'),
  bastore: arrayStore(['[B', '[Z'], 'I'),
  castore: arrayStore(['[C'], 'I'),
  sastore: arrayStore(['[S'], 'I'),
  aastore,
  pop: ({ f }) => void f.pop(),
  dup: dupX(0),
  dup_x1: dupX(1),
  dup_x2: dupX(2),
  swap,
  ireturn: primReturn('I'),
  lreturn: primReturn('J'),
  freturn: primReturn('F'),
  dreturn: primReturn('D'),
  areturn,
  return: voidReturn,
  getstatic,
  putstatic,
  getfield,
  putfield,
  invokevirtual: invokeOnObject('invokevirtual'),
  invokeinterface: invokeOnObject('invokeinterface'),
  invokestatic,
  invokespecial,
  new: newObject,
  newarray,
  anewarray,
  multianewarray,
  arraylength,
  athrow,
  checkcast,
  instanceof: instanceOf,
};

/**
 * The opcodes the verifier models: every opcode with a REFINED rule, plus the 'fixed'
 * ones whose effect only involves primitives and consumed references (the generic rule).
 */
export const HANDLED_OPS: ReadonlySet<OpName> = new Set(
  OPCODES.filter((o) => REFINED[o.name] !== undefined || (o.stack.kind === 'fixed' && !o.stack.push.includes('A'))).map(
    (o) => o.name,
  ),
);

