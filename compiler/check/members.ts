// Member lookup and access control: which fields and methods a type has (declared and
// inherited, JLS §8.2, §8.3, §8.4.8, §9.2), whether code in one class may access a member
// (JLS §6.6), and overload resolution by the most-specific rule (JLS §15.12.2).

import { Access } from '../../vm/bytecode/classfile.ts';
import {
  isAbstract,
  isPrivate,
  isProtected,
  isPublic,
  isStatic,
  type ClassSymbol,
  type FieldSymbol,
  type MethodSymbol,
} from '../symbols.ts';
import { isAssignable, isSubclassSymbol, isSubtype, type Type } from '../types.ts';
import type { Checker } from './context.ts';

/** The parameter part of a descriptor, which decides overriding (JLS §8.4.2, erasure = itself here). */
export const paramKey = (m: MethodSymbol): string => m.descriptor.slice(0, m.descriptor.indexOf(')') + 1);

/** Supertypes in lookup order: the class, then its superclass chain, then all interfaces. */
function lookupOrder(c: ClassSymbol): ClassSymbol[] {
  const out: ClassSymbol[] = [];
  const seen = new Set<ClassSymbol>();
  const classes: ClassSymbol[] = [];
  for (let s: ClassSymbol | null = c; s && !seen.has(s); s = s.superclass) {
    seen.add(s);
    classes.push(s);
  }
  out.push(...classes);
  const visitIfaces = (s: ClassSymbol): void => {
    for (const i of s.interfaces) {
      if (seen.has(i)) continue;
      seen.add(i);
      out.push(i);
      visitIfaces(i);
    }
  };
  for (const s of classes) visitIfaces(s);
  return out;
}

/**
 * Finds a field by name in a class and its supertypes (JLS §8.3), nearest first. Returns
 * the field even if it is not accessible, so the caller can report "has private access".
 */
export function findField(c: ClassSymbol, name: string): FieldSymbol | null {
  return findFields(c, name)[0] ?? null;
}

/**
 * All fields of that name a class inherits along different paths (JLS §8.3.3): a field
 * declared in the class hides the others; otherwise one result per distinct field found in
 * the superclass and superinterfaces. More than one means a simple reference is ambiguous.
 */
export function findFields(c: ClassSymbol, name: string, seen = new Set<ClassSymbol>()): FieldSymbol[] {
  if (seen.has(c)) return [];
  seen.add(c);
  const own = c.fields.find((x) => x.name === name);
  if (own) return [own];
  const out: FieldSymbol[] = [];
  for (const s of [c.superclass, ...c.interfaces]) {
    if (!s) continue;
    for (const f of findFields(s, name, seen)) if (!out.includes(f)) out.push(f);
  }
  return out;
}

/**
 * Methods named `name` that are members of `c` (JLS §8.4.8): declared ones, plus inherited
 * ones not overridden by a nearer method with the same parameters. Interfaces also see
 * Object's public methods (JLS §9.2). Private methods of supertypes are included (not
 * inherited, but needed to report "has private access"); callers filter by access.
 */
export function findMethods(chk: Checker, c: ClassSymbol, name: string): MethodSymbol[] {
  const out: MethodSymbol[] = [];
  const keys = new Set<string>();
  const order = lookupOrder(c);
  const object = chk.cls('java/lang/Object');
  if (c.isInterface && object && !order.includes(object)) order.push(object);
  for (const s of order) {
    for (const m of s.methods) {
      if (m.name !== name || m.isConstructor) continue;
      const key = paramKey(m);
      // Abstract methods inherited from several interfaces all stay candidates (overload
      // resolution then picks the one with the most specific return type, JLS §15.12.2.5).
      const prior = out.find((x) => paramKey(x) === key);
      if (keys.has(key) && !(prior && isAbstract(prior) && isAbstract(m) && s.isInterface)) continue;
      if (!(s === object && c.isInterface && !isPublic(m))) {
        out.push(m);
        if (!isPrivate(m) || s === c) keys.add(key);
      }
    }
  }
  return out;
}

/**
 * JLS §6.6: may code in `from` access `member` of `owner`? `qualifier` is the static type of
 * the qualifying expression for instance-member access via `E.f`/`E.m()`, null otherwise
 * (protected access from a subclass in another package needs E to be that subclass, §6.6.2.1).
 */
export function isAccessible(
  member: { access: number; owner: ClassSymbol },
  from: ClassSymbol,
  qualifier: ClassSymbol | null,
  isConstructor = false,
): boolean {
  if (isPublic(member)) return true;
  if (isPrivate(member)) return member.owner === from;
  if (member.owner.packageName === from.packageName) return true;
  if (!isProtected(member)) return false;
  if (!isSubclassSymbol(from, member.owner)) return false;
  if (isConstructor) return qualifier === null; // only via super(...) (§6.6.2.2)
  if (isStatic(member) || qualifier === null) return true;
  return isSubclassSymbol(qualifier, from);
}

/** "private", "protected" or "package-private" access spelled as javac does. */
export function accessName(access: number): string {
  if (access & Access.PRIVATE) return 'private';
  if (access & Access.PROTECTED) return 'protected';
  return 'package-private';
}

// ---------------------------------------------------------------- overload resolution

export type OverloadResult =
  | { kind: 'ok'; method: MethodSymbol }
  | { kind: 'none' }
  | { kind: 'ambiguous'; a: MethodSymbol; b: MethodSymbol };

/** JLS §15.12.2.2-3 without boxing/varargs: arity matches and each argument converts. */
export function isApplicable(m: MethodSymbol, args: readonly Type[]): boolean {
  return m.params.length === args.length && m.params.every((p, i) => isAssignable(args[i]!, p, null));
}

/** m1 is more specific than m2 (JLS §15.12.2.5): each parameter type is a subtype. */
function moreSpecific(m1: MethodSymbol, m2: MethodSymbol): boolean {
  return m1.params.every((p, i) => isAssignable(p, m2.params[i]!, null) || isSubtype(p, m2.params[i]!));
}

/** Picks the most specific applicable method among `candidates` for these argument types. */
export function resolveOverload(candidates: readonly MethodSymbol[], args: readonly Type[]): OverloadResult {
  const applicable = candidates.filter((m) => isApplicable(m, args));
  if (applicable.length === 0) return { kind: 'none' };
  const maximal = applicable.filter((m) => applicable.every((o) => o === m || !moreSpecific(o, m) || moreSpecific(m, o)));
  if (maximal.length === 1) return { kind: 'ok', method: maximal[0]! };
  if (maximal.length === 0) return { kind: 'ambiguous', a: applicable[0]!, b: applicable[1]! };
  // Several maximally specific methods: fine if they all have the same signature (JLS
  // §15.12.2.5): prefer the concrete one, else any abstract one with the most specific return.
  const key = paramKey(maximal[0]!);
  if (maximal.every((m) => paramKey(m) === key)) {
    const concrete = maximal.filter((m) => !isAbstract(m));
    if (concrete.length === 1) return { kind: 'ok', method: concrete[0]! };
    const best = maximal.find((m) => maximal.every((o) => isSubtype(m.returnType, o.returnType)));
    return { kind: 'ok', method: best ?? maximal[0]! };
  }
  return { kind: 'ambiguous', a: maximal[0]!, b: maximal[1]! };
}
