// Resolution and selection (JVMS §5.4.3-§5.4.6): symbolic class, field and method references
// turned into RtClass/RtField/RtMethod with the link-time checks (the member exists, access
// control), method selection for virtual and interface calls, and the subtype relation used
// by checkcast, instanceof, aastore and exception matching. Used by the interpreter.

import { Access } from '../bytecode/classfile.ts';
import { descriptorToJavaName, parseMethodDescriptor } from '../bytecode/descriptors.ts';
import { JavaThrow } from './errors.ts';
import { samePackage } from './loader.ts';
import type { RtClass, RtField, RtMethod } from './rt-class.ts';

const OBJECT = 'java/lang/Object';

const fail = (cls: string, msg: string): never => {
  throw new JavaThrow(`java/lang/${cls}`, msg);
};

// ---------------------------------------------------------------------------------------
// Messages in HotSpot's style

/** "'int pkg.A.foo(int, java.lang.String)'", as HotSpot names methods in linkage errors. */
export function methodDisplay(owner: string, name: string, descriptor: string, isAbstract = false): string {
  const md = parseMethodDescriptor(descriptor);
  const params = md.params.map(descriptorToJavaName).join(', ');
  const prefix = isAbstract ? 'abstract ' : '';
  return `'${prefix}${descriptorToJavaName(md.ret)} ${owner.replace(/\//g, '.')}.${name}(${params})'`;
}

function kindOf(access: number): string {
  if (access & Access.PRIVATE) return 'private';
  if (access & Access.PROTECTED) return 'protected';
  if (access & Access.PUBLIC) return 'public';
  return 'package-private';
}

// ---------------------------------------------------------------------------------------
// Subtyping (JVMS §6.5 checkcast; JLS §4.10)

export function isSubclassOf(c: RtClass, of: RtClass): boolean {
  for (let s: RtClass | null = c; s; s = s.superClass) if (s === of) return true;
  return false;
}

function implementsInterface(c: RtClass, itf: RtClass): boolean {
  for (let s: RtClass | null = c; s; s = s.superClass) {
    for (const i of s.interfaces) if (i === itf || implementsInterface(i, itf)) return true;
  }
  return false;
}

/** Whether a value of runtime class `s` may be stored in a variable of type `t`. */
export function isAssignable(s: RtClass, t: RtClass): boolean {
  if (s === t) return true;
  const cached = s.assignableCache.get(t);
  if (cached !== undefined) return cached;
  const answer = computeAssignable(s, t);
  s.assignableCache.set(t, answer);
  return answer;
}

function computeAssignable(s: RtClass, t: RtClass): boolean {
  if (s.isArray) {
    if (!t.isArray) return t.isInterface ? s.interfaces.includes(t) : t.name === OBJECT;
    const sc = s.component;
    const tc = t.component;
    if (!sc || !tc) return s.name === t.name; // primitive elements: identical types only
    return isAssignable(sc, tc);
  }
  if (t.isArray) return false;
  if (t.isInterface) return implementsInterface(s, t);
  if (s.isInterface) return t.name === OBJECT;
  return isSubclassOf(s, t);
}

// ---------------------------------------------------------------------------------------
// Access control (JVMS §5.4.4)

export function isClassAccessible(c: RtClass, from: RtClass): boolean {
  const elem = elementClass(c);
  if (!elem) return true; // primitive arrays
  return (elem.access & Access.PUBLIC) !== 0 || samePackage(elem, from);
}

function elementClass(c: RtClass): RtClass | null {
  let e: RtClass | null = c;
  while (e && e.isArray) e = e.component;
  return e;
}

export function isMemberAccessible(owner: RtClass, access: number, from: RtClass): boolean {
  if (access & Access.PUBLIC) return true;
  if (access & Access.PRIVATE) return owner === from;
  if (samePackage(owner, from)) return true;
  return (access & Access.PROTECTED) !== 0 && isSubclassOf(from, owner);
}

/** Resolves a Class reference made by code in `from` (JVMS §5.4.3.1). */
export function resolveClass(from: RtClass, name: string): RtClass {
  const c = from.loader.load(name);
  if (!isClassAccessible(c, from)) fail('IllegalAccessError', `failed to access class ${c.javaName} from class ${from.javaName}`);
  return c;
}

// ---------------------------------------------------------------------------------------
// Fields (JVMS §5.4.3.2)

function findField(c: RtClass, name: string, desc: string): RtField | null {
  for (const f of c.fields) if (f.name === name && f.descriptor === desc) return f;
  for (const i of c.interfaces) {
    const f = findField(i, name, desc);
    if (f) return f;
  }
  return c.superClass ? findField(c.superClass, name, desc) : null;
}

export function resolveField(from: RtClass, owner: string, name: string, desc: string): RtField {
  const c = resolveClass(from, owner);
  const f = findField(c, name, desc) ?? fail('NoSuchFieldError', name);
  if (!isMemberAccessible(f.owner, f.access, from)) {
    fail('IllegalAccessError', `class ${from.javaName} tried to access ${kindOf(f.access)} field ${f.owner.javaName}.${name}`);
  }
  return f;
}

/** Looks a field up by name only, most-derived first (natives' getField). */
export function findFieldByName(c: RtClass, name: string): RtField | null {
  for (let s: RtClass | null = c; s; s = s.superClass) {
    for (const f of s.fields) if (f.name === name && (f.access & Access.STATIC) === 0) return f;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Methods (JVMS §5.4.3.3, §5.4.3.4)

function findInChain(c: RtClass | null, key: string): RtMethod | null {
  for (let s = c; s; s = s.superClass) {
    const m = s.methodByKey.get(key);
    if (m) return m;
  }
  return null;
}

/** Maximally-specific superinterface methods (JVMS §5.4.3.3): non-abstract preferred. */
function findInSuperinterfaces(c: RtClass, key: string): RtMethod | null {
  let abstractHit: RtMethod | null = null;
  const seen = new Set<RtClass>();
  const visit = (i: RtClass): RtMethod | null => {
    if (seen.has(i)) return null;
    seen.add(i);
    const m = i.methodByKey.get(key);
    if (m && (m.access & (Access.PRIVATE | Access.STATIC)) === 0) {
      if ((m.access & Access.ABSTRACT) === 0) return m;
      abstractHit ??= m;
    }
    for (const j of i.interfaces) {
      const r = visit(j);
      if (r) return r;
    }
    return null;
  };
  for (let s: RtClass | null = c; s; s = s.superClass) {
    for (const i of s.interfaces) {
      const r = visit(i);
      if (r) return r;
    }
  }
  return abstractHit;
}

/** Resolves a Methodref (isInterfaceRef false) or InterfaceMethodref made by code in `from`. */
export function resolveMethod(from: RtClass, owner: string, name: string, desc: string, isInterfaceRef: boolean): RtMethod {
  const c = resolveClass(from, owner);
  const key = name + desc;
  let m: RtMethod | null;
  if (isInterfaceRef) {
    if (!c.isInterface) fail('IncompatibleClassChangeError', `Found class ${c.javaName}, but interface was expected`);
    m = c.methodByKey.get(key) ?? publicObjectMethod(c, key) ?? findInSuperinterfaces(c, key);
  } else {
    if (c.isInterface) fail('IncompatibleClassChangeError', `Found interface ${c.javaName}, but class was expected`);
    m = findInChain(c, key) ?? findInSuperinterfaces(c, key);
  }
  if (!m) return fail('NoSuchMethodError', methodDisplay(c.name, name, desc));
  if (!isMemberAccessible(m.owner, m.access, from)) {
    fail('IllegalAccessError', `class ${from.javaName} tried to access ${kindOf(m.access)} method ${methodDisplay(m.owner.name, name, desc)}`);
  }
  return m;
}

function publicObjectMethod(itf: RtClass, key: string): RtMethod | null {
  let obj: RtClass | null = itf;
  while (obj.superClass) obj = obj.superClass;
  const m = obj.methodByKey.get(key);
  return m && (m.access & Access.PUBLIC) !== 0 && (m.access & Access.STATIC) === 0 ? m : null;
}

// ---------------------------------------------------------------------------------------
// Selection (JVMS §5.4.5, §5.4.6)

/** Whether `mc` (declared in a subclass) overrides `ma` (JVMS §5.4.5, non-transitive form). */
function overrides(mc: RtMethod, ma: RtMethod): boolean {
  if (mc.access & (Access.PRIVATE | Access.STATIC)) return false;
  if (ma.access & (Access.PUBLIC | Access.PROTECTED)) return true;
  return samePackage(mc.owner, ma.owner);
}

/**
 * The method invokevirtual/invokeinterface runs for receiver class `c` and resolved method
 * `m`; cached per class. Throws AbstractMethodError when the selection is abstract or absent.
 */
export function selectMethod(c: RtClass, m: RtMethod): RtMethod {
  const hit = c.vtable.get(m);
  if (hit) return hit;
  const selected = computeSelection(c, m);
  c.vtable.set(m, selected);
  return selected;
}

function computeSelection(c: RtClass, m: RtMethod): RtMethod {
  if (m.access & Access.PRIVATE && !m.owner.isInterface) return m;
  let found: RtMethod | null = null;
  for (let s: RtClass | null = c; s && !found; s = s.superClass) {
    const cand = s.methodByKey.get(m.key);
    if (cand && (cand === m || overrides(cand, m))) found = cand;
  }
  found ??= findInSuperinterfaces(c, m.key);
  if (!found || found.access & Access.ABSTRACT) {
    const where = m.owner.isInterface ? 'interface' : 'abstract class';
    fail(
      'AbstractMethodError',
      `Receiver class ${c.javaName} does not define or inherit an implementation of the resolved method ` +
        `${methodDisplay(m.owner.name, m.name, m.descriptor, true)} of ${where} ${m.owner.javaName}.`,
    );
  }
  return found as RtMethod;
}

/** invokespecial's selection (JVMS §6.5 invokespecial): super calls look up from the superclass. */
export function selectSpecial(current: RtClass, m: RtMethod): RtMethod {
  if (m.name === '<init>' || m.owner.isInterface || m.owner === current || !isSubclassOf(current, m.owner)) return m;
  const found = findInChain(current.superClass, m.key) ?? m;
  if (found.access & Access.ABSTRACT) {
    fail('AbstractMethodError', methodDisplay(found.owner.name, found.name, found.descriptor, true));
  }
  return found;
}
