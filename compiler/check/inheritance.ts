// Class-level inheritance rules: overriding and hiding (JLS §8.4.8.1-8.4.8.3: static vs
// instance, final, access, return type, throws), @Override (JLS §9.6.4.4), and that a
// concrete class implements every abstract method it inherits (JLS §8.1.1.1).

import type { MethodDecl, TypeDecl } from '../ast.ts';
import { Access } from '../../vm/bytecode/classfile.ts';
import { isAbstract, isFinal, isPrivate, isStatic, type ClassSymbol, type MethodSymbol } from '../symbols.ts';
import { isSubclassSymbol, isSubtype, sameType, supertypesOf, typeToString } from '../types.ts';
import type { Checker } from './context.ts';
import { methodSig } from './declarations.ts';
import { ExceptionAnalysis } from './exceptions.ts';
import { paramKey } from './members.ts';

function rank(access: number): number {
  if (access & Access.PUBLIC) return 3;
  if (access & Access.PROTECTED) return 2;
  if (access & Access.PRIVATE) return 0;
  return 1;
}
const rankName = ['private', 'package', 'protected', 'public'];

/** Methods of proper supertypes that `m` overrides or hides (same name and parameters, inherited). */
function overridden(chk: Checker, m: MethodSymbol): MethodSymbol[] {
  const c = m.owner;
  const supers = supertypesOf(c).filter((s) => s !== c);
  const object = chk.cls('java/lang/Object');
  if (c.isInterface && object && !supers.includes(object)) supers.push(object);
  const key = paramKey(m);
  const out: MethodSymbol[] = [];
  for (const s of supers) {
    for (const n of s.methods) {
      if (n.isConstructor || n.name !== m.name || paramKey(n) !== key || isPrivate(n)) continue;
      if (rank(n.access) === 1 && n.owner.packageName !== c.packageName) continue; // not inherited across packages
      if (c.isInterface && s === object && rank(n.access) !== 3) continue;
      out.push(n);
    }
  }
  return out;
}

/** Why `m` may not override `n`, or null if it may (JLS §8.4.8.3). */
function overrideProblem(chk: Checker, m: MethodSymbol, n: MethodSymbol): string | null {
  if (isStatic(m) && !isStatic(n)) return 'overriding method is static';
  if (!isStatic(m) && isStatic(n)) return 'overridden method is static';
  if (isFinal(n)) return `overridden method is ${isStatic(n) ? 'static final' : 'final'}`;
  if (rank(m.access) < rank(n.access)) return `attempting to assign weaker access privileges; was ${rankName[rank(n.access)]}`;
  const mr = m.returnType;
  const nr = n.returnType;
  const okReturn = nr.kind === 'primitive' || nr.kind === 'void' ? sameType(mr, nr) : mr.kind !== 'primitive' && mr.kind !== 'void' && isSubtype(mr, nr);
  if (!okReturn) return `return type ${typeToString(mr)} is not compatible with ${typeToString(nr)}`;
  const ex = new ExceptionAnalysis(chk, new Set());
  const bad = m.throws.find((t) => ex.isChecked(t) && !n.throws.some((d) => isSubclassSymbol(t, d)));
  if (bad) return `overridden method does not throw ${bad.name}`;
  return null;
}

function verb(m: MethodSymbol, n: MethodSymbol): string {
  if (isStatic(m) && isStatic(n)) return 'hide';
  return n.owner.isInterface && !m.owner.isInterface ? 'implement' : 'override';
}

function hasOverrideAnnotation(d: MethodDecl): { span: MethodDecl['span'] } | null {
  const a = d.modifiers.annotations.find((x) => {
    const p = x.name.parts;
    return p.join('.') === 'Override' || p.join('.') === 'java.lang.Override';
  });
  return a ?? null;
}

/** Checks overriding, @Override and abstract-method implementation for one source class. */
export function checkInheritance(chk: Checker, c: ClassSymbol, decl: TypeDecl): void {
  for (const m of c.methods) {
    if (m.isConstructor) continue;
    const over = overridden(chk, m);
    for (const n of over) {
      const problem = overrideProblem(chk, m, n);
      if (problem) {
        chk.report('CannotOverride', m.decl && 'nameSpan' in m.decl ? m.decl.nameSpan : decl.nameSpan, methodSig(m), c.name, verb(m, n), methodSig(n), n.owner.name, problem);
        break;
      }
    }
    if (m.decl && m.decl.kind === 'MethodDecl') {
      const ann = hasOverrideAnnotation(m.decl);
      if (ann && (isStatic(m) || over.length === 0)) chk.report('MethodDoesNotOverride', ann.span);
    }
  }
  if (!c.isInterface && !isAbstract(c)) checkImplementsAll(chk, c, decl);
  checkInheritedReturnTypes(chk, c, decl);
}

/**
 * Abstract methods with the same signature inherited from different supertypes must have
 * compatible return types unless the class declares its own (JLS §8.4.8.4, §9.4.1.3).
 */
function checkInheritedReturnTypes(chk: Checker, c: ClassSymbol, decl: TypeDecl): void {
  const inherited = supertypesOf(c).filter((s) => s !== c).flatMap((s) => s.methods.filter((m) => !m.isConstructor && isAbstract(m)));
  for (let i = 0; i < inherited.length; i++) {
    for (let j = i + 1; j < inherited.length; j++) {
      const a = inherited[i]!;
      const b = inherited[j]!;
      if (a.name !== b.name || paramKey(a) !== paramKey(b) || a.owner === b.owner) continue;
      if (c.methods.some((m) => m.name === a.name && paramKey(m) === paramKey(a))) continue;
      if (implementationOf(c, a)) continue;
      const fits = (x: MethodSymbol, y: MethodSymbol) =>
        y.returnType.kind === 'primitive' || y.returnType.kind === 'void' ? sameType(x.returnType, y.returnType) : isSubtype(x.returnType, y.returnType);
      if (!fits(a, b) && !fits(b, a)) {
        chk.report('IncompatibleInheritedMethods', decl.nameSpan, b.owner.name, a.owner.name, methodSig(a));
        return;
      }
    }
  }
}

/** The concrete method a class uses for an abstract one: nearest in the superclass chain. */
function implementationOf(c: ClassSymbol, a: MethodSymbol): MethodSymbol | null {
  const key = paramKey(a);
  for (let s: ClassSymbol | null = c; s; s = s.superclass) {
    const m = s.methods.find((x) => !x.isConstructor && x.name === a.name && paramKey(x) === key && !isStatic(x));
    // A package-private method is only overridden from inside its package (JLS §8.4.8.1).
    if (m && rank(a.access) === 1 && m.owner.packageName !== a.owner.packageName) continue;
    if (m) return isAbstract(m) ? null : m;
  }
  return null;
}

function checkImplementsAll(chk: Checker, c: ClassSymbol, decl: TypeDecl): void {
  for (const s of supertypesOf(c)) {
    for (const a of s.methods) {
      if (!isAbstract(a) || a.isConstructor) continue;
      const impl = implementationOf(c, a);
      if (!impl) {
        chk.report('DoesNotOverrideAbstract', decl.nameSpan, c.name, methodSig(a), a.owner.name);
        return;
      }
      // A method inherited from a superclass may implement an interface method only if it fits (JLS §8.4.8.3).
      if (impl.owner !== c && a.owner.isInterface) {
        const problem = overrideProblem(chk, impl, a);
        if (problem) {
          chk.report('CannotOverride', decl.nameSpan, methodSig(impl), impl.owner.name, 'implement', methodSig(a), a.owner.name, problem);
          return;
        }
      }
    }
  }
}
