// The bytecode verifier's entry point: every class, the standard library included, passes
// verifyClass before it is linked. Class-level checks (JVMS §4.1, §4.5, §4.6, §4.8) are here;
// each method's code goes through verifier-structure.ts then verifier-flow.ts (§4.9, §4.10.2).
// Hands the runtime `verifyClass`, `VerifyFailure` (one line naming class, method, offset)
// and `VERIFIER_HANDLED` (the opcodes modelled, checked against the table by a coverage test).
//
// What the runtime must still check itself, as the JVM does: member resolution and access
// (NoSuchFieldError, IllegalAccessError, static vs instance), that an invokeinterface
// receiver implements the interface (the verifier treats interface types like Object),
// aastore element classes (ArrayStoreException), and checkcast. Classes the verifier asks
// the hierarchy about are loaded, not linked; one it cannot find fails verification.

import { Access, ClassFormatError, CpTag, type ClassFile, type MethodInfo } from '../bytecode/classfile.ts';
import { classNameAt, entryAt, utf8At } from '../bytecode/constant-pool.ts';
import type { OpName } from '../bytecode/opcodes.ts';
import { checkFlow } from './verifier-flow.ts';
import { checkStructure } from './verifier-structure.ts';
import { HANDLED_OPS, type MethodEnv } from './verifier-transfer.ts';
import {
  Budget,
  CLASS_BUDGET,
  OBJECT,
  Reject,
  TypeContext,
  isValidBinaryName,
  isValidFieldDescriptor,
  isValidMethodName,
  isValidUnqualifiedName,
  parseMethodSignature,
  typeOfDescriptor,
  type ClassHierarchy,
} from './verifier-types.ts';

export type { ClassHierarchy } from './verifier-types.ts';

/** The opcodes the verifier models (all of the table, or the coverage test says which not). */
export const VERIFIER_HANDLED: ReadonlySet<OpName> = HANDLED_OPS;

/** A class that fails verification. The message is one line, safe to print. */
export class VerifyFailure extends Error {
  override name = 'VerifyFailure';
  constructor(
    /** Internal name of the class ("pkg/Foo"), or "?" if even that is unreadable. */
    readonly className: string,
    /** The method at fault, or null for a class-level failure. */
    readonly methodName: string | null,
    readonly methodDescriptor: string | null,
    /** Bytecode offset of the faulty instruction, or null when no single one is at fault. */
    readonly offset: number | null,
    readonly reason: string,
  ) {
    super(formatMessage(className, methodName, methodDescriptor, offset, reason));
  }
}

function formatMessage(cls: string, method: string | null, desc: string | null, offset: number | null, reason: string): string {
  const where = method === null ? '' : `.${method}${desc ?? ''}`;
  const at = offset === null ? '' : ` at offset ${offset}`;
  return oneLine(`VerifyError: ${cls.replace(/\//g, '.')}${where}${at}: ${reason}`);
}

const MAX_MESSAGE = 2000;

/**
 * Hostile names may hold control characters or run to 65535 characters; escape the former
 * and shorten the message so it stays one readable line.
 */
function oneLine(s: string): string {
  const escaped = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length <= MAX_MESSAGE ? escaped : `${escaped.slice(0, MAX_MESSAGE)}... (message shortened)`;
}

/** Verifies a class; throws VerifyFailure on the first fault found. */
export function verifyClass(cf: ClassFile, hierarchy: ClassHierarchy): void {
  const name = thisClassName(cf);
  const fail = (reason: string): never => {
    throw new VerifyFailure(name, null, null, null, reason);
  };
  try {
    const superName = checkClassHeader(cf, name, hierarchy);
    const types = new TypeContext(hierarchy, { name, superName, isInterface: (cf.access & Access.INTERFACE) !== 0 });
    checkFields(cf);
    checkFinalSuper(superName, hierarchy);
    const methods = checkMethodHeaders(cf, name);
    types.selfMembers = ownMemberAccess(cf);
    for (const m of methods) checkNoFinalOverride(m, name, superName, types, hierarchy);
    const ownFields = new Set(instanceFieldKeys(cf));
    const budget = new Budget(CLASS_BUDGET);
    for (const m of methods) verifyMethod(m, { cf, name, superName, types, ownFields, budget });
  } catch (e) {
    if (e instanceof Reject) fail(e.reason);
    if (e instanceof ClassFormatError) fail(e.message);
    throw e;
  }
}

function thisClassName(cf: ClassFile): string {
  let name: string;
  try {
    name = classNameAt(cf.constantPool, cf.thisClass);
  } catch (e) {
    if (e instanceof ClassFormatError) throw new VerifyFailure('?', null, null, null, `this_class: ${e.message}`);
    throw e;
  }
  if (!isValidBinaryName(name)) throw new VerifyFailure('?', null, null, null, `invalid class name "${name}"`);
  return name;
}

// ---------------------------------------------------------------------------------------
// Class header (JVMS §4.1, §5.3.5)

/** Checks flags, superclass and interfaces; returns the superclass's name (null for Object). */
function checkClassHeader(cf: ClassFile, name: string, h: ClassHierarchy): string | null {
  const acc = cf.access;
  const isInterface = (acc & Access.INTERFACE) !== 0;
  if (isInterface && (acc & Access.ABSTRACT) === 0) throw new Reject('interface is not marked abstract');
  if (isInterface && (acc & Access.FINAL) !== 0) throw new Reject('interface is marked final');
  if (!isInterface && (acc & Access.FINAL) !== 0 && (acc & Access.ABSTRACT) !== 0) throw new Reject('class is both final and abstract');
  if (cf.superClass === 0) {
    if (name !== OBJECT) throw new Reject('no superclass (only java/lang/Object may have none)');
    if (isInterface) throw new Reject('java/lang/Object cannot be an interface');
    return null;
  }
  if (name === OBJECT) throw new Reject('java/lang/Object cannot have a superclass');
  const superName = classNameAt(cf.constantPool, cf.superClass);
  if (!isValidBinaryName(superName)) throw new Reject(`invalid superclass name "${superName}"`);
  if (superName === name) throw new Reject('class is its own superclass');
  if (isInterface && superName !== OBJECT) throw new Reject('the superclass of an interface must be java/lang/Object');
  const superIsInterface = h.isInterface(superName);
  if (superIsInterface === undefined) throw new Reject(`superclass ${superName} not found`);
  if (superIsInterface) throw new Reject(`superclass ${superName} is an interface`);
  checkInterfaces(cf, h);
  return superName;
}

function checkInterfaces(cf: ClassFile, h: ClassHierarchy): void {
  const seen = new Set<string>();
  for (const index of cf.interfaces) {
    const iname = classNameAt(cf.constantPool, index);
    if (!isValidBinaryName(iname)) throw new Reject(`invalid interface name "${iname}"`);
    if (seen.has(iname)) throw new Reject(`interface ${iname} listed twice`);
    seen.add(iname);
    const isI = h.isInterface(iname);
    if (isI === undefined) throw new Reject(`interface ${iname} not found`);
    if (!isI) throw new Reject(`${iname} is a class, not an interface`);
  }
}

function checkFinalSuper(superName: string | null, h: ClassHierarchy): void {
  if (superName === null || !h.classAccess) return;
  const acc = h.classAccess(superName);
  if (acc !== undefined && (acc & Access.FINAL) !== 0) throw new Reject(`cannot subclass final class ${superName}`);
}

// ---------------------------------------------------------------------------------------
// Fields (JVMS §4.5, §4.7.2)

const ACCESS_MASK = Access.PUBLIC | Access.PRIVATE | Access.PROTECTED;

function hasOneAccess(acc: number): boolean {
  const a = acc & ACCESS_MASK;
  return (a & (a - 1)) === 0; // zero or one bit set
}

function checkFields(cf: ClassFile): void {
  const seen = new Set<string>();
  const isInterface = (cf.access & Access.INTERFACE) !== 0;
  for (const f of cf.fields) {
    const name = utf8At(cf.constantPool, f.nameIndex);
    const desc = utf8At(cf.constantPool, f.descriptorIndex);
    const what = `field ${name}:${desc}`;
    if (!isValidUnqualifiedName(name, false)) throw new Reject(`invalid field name "${name}"`);
    if (!isValidFieldDescriptor(desc)) throw new Reject(`${what}: invalid descriptor`);
    if (seen.has(`${name}:${desc}`)) throw new Reject(`${what} is declared twice`);
    seen.add(`${name}:${desc}`);
    if (!hasOneAccess(f.access)) throw new Reject(`${what} has more than one of public, private, protected`);
    const psf = Access.PUBLIC | Access.STATIC | Access.FINAL;
    if (isInterface && (f.access & psf) !== psf) throw new Reject(`${what}: interface fields must be public static final`);
    // JVMS §4.7.2: a ConstantValue on an instance field is ignored (javac emits them).
    if (f.constantValueIndex !== 0 && (f.access & Access.STATIC) !== 0) checkConstantValue(cf, desc, f.constantValueIndex, what);
  }
}

/** A ConstantValue must be of the field's type (JVMS §4.7.2 Table 4.7.2-A). */
function checkConstantValue(cf: ClassFile, desc: string, index: number, what: string): void {
  const tags: Record<string, number> = { I: CpTag.Integer, J: CpTag.Long, F: CpTag.Float, D: CpTag.Double, 'Ljava/lang/String;': CpTag.String };
  const tag = tags[typeOfDescriptor(desc)];
  if (tag === undefined) throw new Reject(`${what}: a field of this type cannot have a constant value`);
  entryAt(cf.constantPool, index, [tag as (typeof CpTag)[keyof typeof CpTag]], `a constant for ${what}`);
}

/** Access flags of this class's own fields and methods, by kind, name and descriptor. */
function ownMemberAccess(cf: ClassFile): (kind: 'field' | 'method', name: string, desc: string) => number | undefined {
  const table = new Map<string, number>();
  const key = (kind: string, nameIndex: number, descIndex: number): string =>
    `${kind} ${utf8At(cf.constantPool, nameIndex)}:${utf8At(cf.constantPool, descIndex)}`;
  for (const f of cf.fields) table.set(key('field', f.nameIndex, f.descriptorIndex), f.access);
  for (const m of cf.methods) table.set(key('method', m.nameIndex, m.descriptorIndex), m.access);
  return (kind, name, desc) => table.get(`${kind} ${name}:${desc}`);
}

function instanceFieldKeys(cf: ClassFile): string[] {
  return cf.fields
    .filter((f) => (f.access & Access.STATIC) === 0)
    .map((f) => `${utf8At(cf.constantPool, f.nameIndex)}:${utf8At(cf.constantPool, f.descriptorIndex)}`);
}

// ---------------------------------------------------------------------------------------
// Method headers (JVMS §4.6)

interface NamedMethod {
  readonly info: MethodInfo;
  readonly name: string;
  readonly descriptor: string;
  readonly params: readonly string[];
  readonly ret: string;
}

function checkMethodHeaders(cf: ClassFile, className: string): NamedMethod[] {
  const seen = new Set<string>();
  const isInterface = (cf.access & Access.INTERFACE) !== 0;
  return cf.methods.map((info) => {
    const name = utf8At(cf.constantPool, info.nameIndex);
    const descriptor = utf8At(cf.constantPool, info.descriptorIndex);
    const fail = (reason: string): never => {
      throw new VerifyFailure(className, name, descriptor, null, reason);
    };
    if (!isValidMethodName(name)) fail('invalid method name');
    const sig = parseMethodSignature(descriptor);
    if (!sig) return fail('invalid method descriptor');
    if (seen.has(name + descriptor)) fail('method is declared twice');
    seen.add(name + descriptor);
    const problem = methodFlagProblem(info, name, sig.ret, isInterface) ?? exceptionsProblem(cf, info);
    if (problem) fail(problem);
    return { info, name, descriptor, params: sig.params, ret: sig.ret };
  });
}

/** The Exceptions attribute (JVMS §4.7.5): every entry must be a Class entry naming a class. */
function exceptionsProblem(cf: ClassFile, m: MethodInfo): string | null {
  for (const [i, index] of m.exceptions.entries()) {
    let name: string;
    try {
      name = classNameAt(cf.constantPool, index);
    } catch (e) {
      if (e instanceof ClassFormatError) return `exceptions[${i}]: ${e.message}`;
      throw e;
    }
    if (name.startsWith('[') || !isValidBinaryName(name)) return `exceptions[${i}]: invalid class name "${name}"`;
  }
  return null;
}

/** What is wrong with a method's flags and code presence, or null. */
function methodFlagProblem(m: MethodInfo, name: string, ret: string, isInterface: boolean): string | null {
  const acc = m.access;
  const has = (flag: number): boolean => (acc & flag) !== 0;
  if (!hasOneAccess(acc)) return 'more than one of public, private, protected';
  if (name === '<clinit>') {
    if (!has(Access.STATIC) || ret !== 'V') return '<clinit> must be static and return void';
  } else if (isInterface) {
    // The language has no default methods, but javac's bridges in interfaces are default
    // methods (JVMS §4.6 allows non-abstract public interface methods): accept those alone.
    const bridge = has(Access.BRIDGE) && !has(Access.STATIC);
    if (!has(Access.PUBLIC) || !(has(Access.ABSTRACT) || bridge)) return 'interface methods must be public abstract (or public bridges)';
  }
  if (name === '<init>') {
    if (isInterface) return 'an interface cannot have a constructor';
    if (has(Access.STATIC) || has(Access.FINAL) || has(Access.ABSTRACT) || has(Access.NATIVE)) {
      return 'a constructor cannot be static, final, abstract or native';
    }
    if (ret !== 'V') return 'a constructor must return void';
  }
  if (has(Access.ABSTRACT) && (has(Access.PRIVATE) || has(Access.STATIC) || has(Access.FINAL) || has(Access.NATIVE))) {
    return 'an abstract method cannot be private, static, final or native';
  }
  const noCode = has(Access.ABSTRACT) || has(Access.NATIVE);
  if (noCode && m.code) return 'abstract and native methods must not have code';
  if (!noCode && !m.code) return 'method has no code (only abstract and native methods may)';
  return null;
}

/** A final method may not be overridden (JVMS §5.4.5), when the hierarchy can tell us. */
function checkNoFinalOverride(m: NamedMethod, className: string, superName: string | null, types: TypeContext, h: ClassHierarchy): void {
  if (!h.methodAccess || superName === null || m.name.startsWith('<')) return;
  if ((m.info.access & (Access.STATIC | Access.PRIVATE)) !== 0) return;
  for (const s of types.chain(superName)) {
    const acc = h.methodAccess(s, m.name, m.descriptor);
    if (acc === undefined || (acc & (Access.STATIC | Access.PRIVATE)) !== 0) continue;
    const packagePrivate = (acc & (Access.PUBLIC | Access.PROTECTED)) === 0;
    if (packagePrivate && packageOf(s) !== packageOf(className)) continue;
    if ((acc & Access.FINAL) !== 0) {
      throw new VerifyFailure(className, m.name, m.descriptor, null, `overrides final method ${s}.${m.name}${m.descriptor}`);
    }
  }
}

function packageOf(name: string): string {
  const i = name.lastIndexOf('/');
  return i < 0 ? '' : name.slice(0, i);
}

// ---------------------------------------------------------------------------------------
// Method code

interface ClassEnv {
  readonly cf: ClassFile;
  readonly name: string;
  readonly superName: string | null;
  readonly types: TypeContext;
  readonly ownFields: ReadonlySet<string>;
  readonly budget: Budget;
}

function verifyMethod(m: NamedMethod, c: ClassEnv): void {
  const code = m.info.code;
  if (!code) return;
  const env: MethodEnv = {
    types: c.types,
    className: c.name,
    superName: c.superName,
    isStatic: (m.info.access & Access.STATIC) !== 0,
    isConstructor: m.name === '<init>',
    params: m.params.map(typeOfDescriptor),
    ret: m.ret,
    maxStack: code.maxStack,
    maxLocals: code.maxLocals,
    ownFields: c.ownFields,
    budget: c.budget,
  };
  try {
    checkFlow(env, checkStructure(c.cf, code, c.types, c.budget));
  } catch (e) {
    if (e instanceof Reject) throw new VerifyFailure(c.name, m.name, m.descriptor, e.pc, e.reason);
    if (e instanceof ClassFormatError) throw new VerifyFailure(c.name, m.name, m.descriptor, null, e.message);
    throw e;
  }
}
