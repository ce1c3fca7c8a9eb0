// Bridge methods (JLS §8.4.8.3, §15.12.4.5; JVMS §5.4.6). The VM selects a method by exact name
// and descriptor, so an override with a narrower return type would never be reached through
// the overridden descriptor: the class also gets a synthetic method with that descriptor that
// calls the override. Which bridges a class needs, their order and their code follow javac's
// TransTypes.addBridges (JDK 17), including its "visibility bridge" (a public class re-declaring
// a public method inherited from a non-public class) and bridges in interfaces, which are
// default methods there. Hands class-gen.ts finished MethodInfos.

import { Access, type CodeAttribute, type MethodInfo } from '../../vm/bytecode/classfile.ts';
import type { ConstantPoolBuilder } from '../../vm/bytecode/constant-pool.ts';
import { utf8At } from '../../vm/bytecode/constant-pool.ts';
import { isAbstract, isFinal, isPrivate, isPublic, isStatic, type ClassSymbol, type MethodSymbol } from '../symbols.ts';
import { isSubclassSymbol, isSubtype, sameType, type Type } from '../types.ts';
import { MethodEmitter } from './emitter.ts';
import { loadOp, returnOp } from './typed-ops.ts';

/** One bridge: the overridden method's name and descriptor, calling `target`. */
export interface Bridge {
  readonly name: string;
  readonly descriptor: string;
  readonly params: readonly Type[];
  readonly returnType: Type;
  /** The target's visibility plus ACC_BRIDGE | ACC_SYNTHETIC (never final or abstract, as javac). */
  readonly access: number;
  /** The method the bridge calls (javac's `impl`). */
  readonly target: MethodSymbol;
  /** The target is inherited: call it with invokespecial on the direct superclass (`super.m(...)`). */
  readonly viaSuper: boolean;
}

/** A method as the VM sees a class: declared methods plus bridges (javac's binary members). */
interface Member {
  readonly owner: ClassSymbol;
  readonly name: string;
  readonly descriptor: string;
  readonly access: number;
}

const VISIBILITY = Access.PUBLIC | Access.PROTECTED | Access.PRIVATE;

/**
 * Bridges already worked out per source class. Symbols belong to one compilation, so a
 * WeakMap keyed by them lets a subclass see its superclass's bridges (javac translates
 * supertypes first for the same reason) without threading state through class-gen.
 */
const planned = new WeakMap<ClassSymbol, Bridge[]>();

/** The bridge methods of `origin`, in javac's order, ready for its class file. */
export function bridgeMethodInfos(origin: ClassSymbol, cp: ConstantPoolBuilder, line: number): MethodInfo[] {
  return bridgesOf(origin).map((b) => ({
    access: b.access,
    nameIndex: cp.utf8(b.name),
    descriptorIndex: cp.utf8(b.descriptor),
    exceptions: [],
    code: bridgeCode(origin, b, cp, line),
  }));
}

/**
 * `return this.target(args)` (or `super.target(args)`), all on the class declaration's line
 * as javac's make.at(tree.pos) puts it. No casts: without generics the target's parameter
 * types are the bridge's, and its return type a subtype of the bridge's.
 */
function bridgeCode(origin: ClassSymbol, b: Bridge, cp: ConstantPoolBuilder, line: number): CodeAttribute {
  const em = new MethodEmitter(cp);
  em.line(line);
  em.emit('aload', 0);
  b.params.forEach((p, i) => em.emit(loadOp(p), i + 1));
  const t = b.target;
  if (b.viaSuper && origin.superclass) em.invoke('invokespecial', origin.superclass.internalName, t.name, t.descriptor, false);
  else if (origin.isInterface) em.invoke('invokeinterface', origin.internalName, t.name, t.descriptor, true);
  else em.invoke('invokevirtual', origin.internalName, t.name, t.descriptor, false);
  em.emit(returnOp(b.returnType));
  return em.finish(b.params.length + 1);
}

// ---------------------------------------------------------------- which bridges

/**
 * javac's TransTypes.addBridges: every method of every proper supertype — superclasses
 * nearest first, each followed by its superinterfaces, then the class's own interfaces — is
 * offered to addBridgeIfNeeded, members in reverse declaration order (javac's scope order).
 */
export function bridgesOf(origin: ClassSymbol): Bridge[] {
  const known = planned.get(origin);
  if (known) return known;
  const out: Bridge[] = [];
  planned.set(origin, out); // before the walk: a (rejected) cyclic hierarchy cannot recurse forever
  if (origin.origin.kind !== 'source') return out;
  // javac may offer a method twice (an interface reached twice); the second time the bridge
  // made the first time is found, so skipping repeats changes nothing.
  const seen = new Set<ClassSymbol>();
  const visit = (t: ClassSymbol): void => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const m of [...t.methods].reverse()) addBridgeIfNeeded(origin, m, out);
    for (const i of t.interfaces) visit(i);
  };
  for (const s of classChain(origin).slice(1)) visit(s);
  for (const i of origin.interfaces) visit(i);
  return out;
}

/** javac's addBridgeIfNeeded for one inherited method `meth`. */
function addBridgeIfNeeded(origin: ClassSymbol, meth: MethodSymbol, out: Bridge[]): void {
  if (meth.isConstructor || isPrivate(meth) || isStatic(meth) || isSynthetic(meth)) return;
  if (!isMemberOf(meth, origin)) return;
  const bridge = binaryImplementation(meth, origin);
  const impl = implementation(meth, origin);
  // No bridge yet: none with this descriptor, only `meth` itself, or one above the new implementation.
  const needed = bridge === null || same(bridge, meth) || (impl !== null && !isSubclassSymbol(bridge.owner, impl.owner));
  if (!needed || impl === null) return;
  if (!(bridge !== null && same(bridge, impl)) && !same(impl, meth) && impl.descriptor !== meth.descriptor) {
    out.push(makeBridge(origin, meth, impl));
  } else if (same(impl, meth) && impl.owner !== origin && !isFinal(impl) && isPublic(meth) && !isAbstract(meth) && isPublic(origin) && !isPublic(impl.owner)) {
    out.push(makeBridge(origin, meth, impl)); // the visibility bridge (javac: "a horrible but permanent reflection design error")
  }
}

function makeBridge(origin: ClassSymbol, meth: MethodSymbol, impl: MethodSymbol): Bridge {
  return {
    name: meth.name,
    descriptor: meth.descriptor,
    params: meth.params,
    returnType: meth.returnType,
    access: (impl.access & VISIBILITY) | Access.BRIDGE | Access.SYNTHETIC,
    target: impl,
    viaSuper: impl.owner !== origin,
  };
}

/**
 * javac's MethodSymbol.implementation: the nearest method in origin's superclass chain that
 * overrides `meth` (or is it), a concrete one winning over an abstract one in the same class.
 */
function implementation(meth: MethodSymbol, origin: ClassSymbol): MethodSymbol | null {
  for (const c of classChain(origin)) {
    let best: MethodSymbol | null = null;
    for (const s of c.methods) {
      if (s.name !== meth.name || s.isConstructor || isStatic(s) || isSynthetic(s) || !overrides(s, meth, origin)) continue;
      best = s;
      if (!isAbstract(s)) break;
    }
    if (best) return best;
  }
  return null;
}

/**
 * javac's Symbol.overrides with result checking: `s` overrides `other` directly (declared in a
 * subtype of other's owner where other is overridable), or `s` is a concrete method that
 * origin inherits and that implements the abstract `other` there (JLS §8.4.8.1, §8.4.8.4).
 */
function overrides(s: MethodSymbol, other: MethodSymbol, origin: ClassSymbol): boolean {
  if (same(s, other)) return true;
  if (!sameParams(s, other) || !returnFits(s.returnType, other.returnType)) return false;
  if (isOverridableIn(other, s.owner) && isSubclassSymbol(s.owner, other.owner)) return true;
  return !isAbstract(s) && isAbstract(other) && isOverridableIn(other, origin) && isMemberOf(s, origin);
}

/**
 * javac's MethodSymbol.binaryImplementation: the method or bridge in origin's superclass
 * chain that has meth's exact descriptor and would be selected for it (JVMS §5.4.6).
 */
function binaryImplementation(meth: MethodSymbol, origin: ClassSymbol): Member | null {
  for (const c of classChain(origin)) {
    for (const m of membersOf(c)) {
      if (m.name === meth.name && binaryOverrides(m, meth, origin)) return m;
    }
  }
  return null;
}

function binaryOverrides(m: Member, other: MethodSymbol, origin: ClassSymbol): boolean {
  if (same(m, other)) return true;
  if (m.name === '<init>' || m.descriptor !== other.descriptor) return false;
  if (isOverridableIn(other, m.owner) && isSubclassSymbol(m.owner, other.owner)) return true;
  return (m.access & Access.ABSTRACT) === 0 && isOverridableIn(other, origin) && isMemberOf(m, origin);
}

/** A class's methods as in its class file: source classes with their bridges, binary ones as decoded. */
function membersOf(c: ClassSymbol): Member[] {
  if (c.origin.kind === 'binary') {
    const cf = c.origin.file;
    return cf.methods.map((m) => ({
      owner: c,
      name: utf8At(cf.constantPool, m.nameIndex),
      descriptor: utf8At(cf.constantPool, m.descriptorIndex),
      access: m.access,
    }));
  }
  return [...c.methods, ...bridgesOf(c).map((b) => ({ owner: c, name: b.name, descriptor: b.descriptor, access: b.access }))];
}

// ---------------------------------------------------------------- access rules (javac's Symbol)

/** Can `m` be overridden by a method declared in `c` (JLS §8.4.8.1)? */
function isOverridableIn(m: Member, c: ClassSymbol): boolean {
  switch (m.access & VISIBILITY) {
    case Access.PUBLIC:
      return !(m.owner.isInterface && (m.access & Access.STATIC) !== 0);
    case Access.PROTECTED:
      return !c.isInterface;
    case 0:
      return m.owner.packageName === c.packageName && !c.isInterface;
    default:
      return false; // private
  }
}

/** Is `m` a member of `c`: declared there, or inherited along the way (JLS §8.4.8)? */
function isMemberOf(m: Member, c: ClassSymbol): boolean {
  return m.owner === c || (isSubclassSymbol(c, m.owner) && isInheritedIn(m, c));
}

function isInheritedIn(m: Member, c: ClassSymbol): boolean {
  switch (m.access & VISIBILITY) {
    case Access.PUBLIC:
      return true;
    case Access.PROTECTED:
      return !c.isInterface;
    case 0: {
      // Package access is inherited only through classes of the same package (JLS §6.6.1).
      for (let s: ClassSymbol | null = c; s && s !== m.owner; s = s.superclass) {
        if (s.packageName !== m.owner.packageName) return false;
      }
      return !c.isInterface;
    }
    default:
      return m.owner === c;
  }
}

// ---------------------------------------------------------------- small predicates

/**
 * `c` and its superclasses, nearest first; an interface alone. (javac continues an interface's
 * chain with Object, but Object's public methods cannot be narrowed by an interface method of
 * the same parameters, nor give a visibility bridge, so Object adds no bridge there.)
 */
function classChain(c: ClassSymbol): ClassSymbol[] {
  const out: ClassSymbol[] = [];
  for (let s: ClassSymbol | null = c; s; s = s.superclass) out.push(s);
  return out;
}

function same(a: Member, b: Member): boolean {
  return a.owner === b.owner && a.name === b.name && a.descriptor === b.descriptor;
}

function sameParams(a: MethodSymbol, b: MethodSymbol): boolean {
  return a.descriptor.slice(0, a.descriptor.indexOf(')')) === b.descriptor.slice(0, b.descriptor.indexOf(')'));
}

/** Return-type-substitutable without generics (JLS §8.4.8.3): identical primitives/void, else a subtype. */
function returnFits(r: Type, over: Type): boolean {
  if (over.kind === 'primitive' || over.kind === 'void') return sameType(r, over);
  return r.kind !== 'primitive' && r.kind !== 'void' && isSubtype(r, over);
}

function isSynthetic(m: { access: number }): boolean {
  return (m.access & Access.SYNTHETIC) !== 0;
}
