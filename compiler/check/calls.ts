// Method and constructor invocations (JLS §15.9, §15.12, §8.8.7.1): finds the candidate
// methods for each call form, resolves the overload, checks static context, access and
// abstract super calls, and records a CallResolution (invoke kind, receiver, qualifying class).

import type { ExplicitConstructorCall, Expression, MethodCall, NewObject, Span } from '../ast.ts';
import type { CallResolution, InvokeKind } from '../checked.ts';
import { Access } from '../../vm/bytecode/classfile.ts';
import { isAbstract, isPrivate, isStatic, type ClassSymbol, type MethodSymbol } from '../symbols.ts';
import { T, classType, isAssignable, typeToString, type Type } from '../types.ts';
import type { BodyContext, Checker } from './context.ts';
import { methodSig } from './declarations.ts';
import { boxingWouldHelp, checkExpr } from './expressions.ts';
import { accessName, findMethods, isAccessible, resolveOverload } from './members.ts';
import { checkInstanceAllowed, reportUnresolvedPackage, resolveQualifier } from './names.ts';
import { resolveClassType } from './type-names.ts';

/** Checks each argument; a void argument is an error (JLS §15.12.2.2). */
function argTypes(chk: Checker, ctx: BodyContext, args: Expression[]): Type[] {
  return args.map((a) => {
    const t = checkExpr(chk, ctx, a);
    if (t.kind === 'void') {
      chk.report('VoidNotAllowed', a.span);
      return T.error;
    }
    return t;
  });
}

const argList = (ts: Type[]): string => ts.map(typeToString).join(',');

/**
 * Chooses among methods (or constructors) of one name: filters by access, resolves the
 * overload, reports "cannot find symbol", "cannot be applied", "no suitable" or "ambiguous".
 */
function choose(
  chk: Checker,
  ctx: BodyContext,
  all: MethodSymbol[],
  args: Type[],
  what: { kind: 'method' | 'constructor'; name: string; owner: ClassSymbol; qualifier: ClassSymbol | null },
  span: Span,
): MethodSymbol | null {
  if (args.some((a) => a.kind === 'error')) return null;
  const isCtor = what.kind === 'constructor';
  const accessible = all.filter((m) => isAccessible(m, ctx.cls, isStatic(m) ? null : what.qualifier, isCtor));
  if (all.length === 0) {
    chk.report('CannotFindSymbol', span, `${what.kind} ${what.name}(${argList(args)})`);
    return null;
  }
  const r = resolveOverload(accessible, args);
  if (r.kind === 'ok') return r.method;
  if (r.kind === 'ambiguous') {
    chk.report('AmbiguousMethod', span, what.name, methodSig(r.a) + ' in ' + r.a.owner.name, methodSig(r.b) + ' in ' + r.b.owner.name);
    return null;
  }
  // Nothing applicable among the accessible ones: an inaccessible applicable one gets "has private access".
  const hidden = resolveOverload(all, args);
  if (hidden.kind === 'ok') {
    chk.report('NotAccessible', span, methodSig(hidden.method), accessName(hidden.method.access), hidden.method.owner.name);
    return null;
  }
  const pool = accessible.length > 0 ? accessible : all;
  // javac would find a method in its boxing phase (JLS §15.12.2.3): name the missing feature.
  for (const m of pool) {
    if (m.params.length !== args.length) continue;
    const fits = m.params.map((p, i) => isAssignable(args[i]!, p, null) || boxingWouldHelp(chk, args[i]!, p));
    if (!fits.every(Boolean)) continue;
    const i = m.params.findIndex((p, k) => !isAssignable(args[k]!, p, null));
    chk.report('BoxingNotSupported', span, typeToString(args[i]!), typeToString(m.params[i]!));
    return null;
  }
  if (pool.length === 1) {
    const m = pool[0]!;
    const ownerKind = m.owner.isInterface ? 'interface' : 'class';
    chk.report('MethodCannotBeApplied', span, what.kind, what.name, ownerKind, m.owner.name, argList(m.params) || 'no arguments', argList(args) || 'no arguments');
  } else {
    chk.report('NoSuitableMethod', span, what.kind, what.name, argList(args));
  }
  return null;
}

function invokeKind(m: MethodSymbol, qualifying: ClassSymbol, isSuper: boolean): InvokeKind {
  if (isStatic(m)) return 'static';
  if (isSuper || isPrivate(m) || m.isConstructor) return 'special';
  return qualifying.isInterface ? 'interface' : 'virtual';
}

function record(
  chk: Checker,
  node: MethodCall | NewObject | ExplicitConstructorCall,
  m: MethodSymbol,
  qualifying: ClassSymbol,
  receiver: CallResolution['receiver'],
  isSuper = false,
): Type {
  // Methods of Object invoked on an interface (or array) type are named on Object (JLS §13.1, §9.2).
  let q = qualifying;
  if (m.owner.internalName === 'java/lang/Object' && q.isInterface) q = m.owner;
  chk.out.calls.set(node, { method: m, kind: invokeKind(m, q, isSuper), receiver, qualifyingClass: q });
  return m.returnType;
}

// ---------------------------------------------------------------- method calls

export function checkMethodCall(chk: Checker, ctx: BodyContext, e: MethodCall): Type {
  return chk.setType(e, methodCallType(chk, ctx, e));
}

function methodCallType(chk: Checker, ctx: BodyContext, e: MethodCall): Type {
  if (e.target === null) return unqualifiedCall(chk, ctx, e);
  if (e.target === 'super') return superCall(chk, ctx, e);
  const q = resolveQualifier(chk, ctx, e.target);
  if (q.kind === 'package') {
    argTypes(chk, ctx, e.args);
    reportUnresolvedPackage(chk, e.target, q.name);
    return T.error;
  }
  if (q.kind === 'error') {
    argTypes(chk, ctx, e.args);
    return T.error;
  }
  const args = argTypes(chk, ctx, e.args);
  if (q.kind === 'type') {
    const m = choose(chk, ctx, findMethods(chk, q.sym, e.name), args, { kind: 'method', name: e.name, owner: q.sym, qualifier: null }, e.nameSpan);
    if (!m) return T.error;
    if (!isStatic(m)) {
      chk.report('NonStaticFromStatic', e.nameSpan, 'method', methodSig(m));
      return T.error;
    }
    return record(chk, e, m, q.sym, 'none');
  }
  const t = q.type;
  if (t.kind === 'error') return T.error;
  if (t.kind === 'array' && e.name === 'clone' && args.length === 0) return arrayClone(chk, e, t);
  let owner: ClassSymbol | null = null;
  if (t.kind === 'class') owner = t.symbol;
  else if (t.kind === 'array') owner = chk.cls('java/lang/Object');
  if (!owner) {
    chk.report('CannotBeDereferenced', e.target.span, typeToString(t));
    return T.error;
  }
  const m = choose(chk, ctx, findMethods(chk, owner, e.name), args, { kind: 'method', name: e.name, owner, qualifier: owner }, e.nameSpan);
  if (!m) return T.error;
  return record(chk, e, m, owner, isStatic(m) ? 'discard' : 'expression');
}

/**
 * `a.clone()` on an array (JLS §10.7): the array type's own member, public, returning the
 * array type and throwing no checked exception; at run time it is Object.clone on the array.
 */
function arrayClone(chk: Checker, e: MethodCall, t: Type): Type {
  const object = chk.cls('java/lang/Object');
  const clone = object?.methods.find((m) => m.name === 'clone' && m.params.length === 0);
  if (!object || !clone) {
    chk.report('CannotFindSymbol', e.nameSpan, 'method clone()');
    return T.error;
  }
  const method: MethodSymbol = { ...clone, access: Access.PUBLIC, returnType: t, throws: [] };
  chk.out.calls.set(e, { method, kind: 'virtual', receiver: 'expression', qualifyingClass: object, arrayClone: t });
  return t;
}

function unqualifiedCall(chk: Checker, ctx: BodyContext, e: MethodCall): Type {
  const args = argTypes(chk, ctx, e.args);
  const m = choose(chk, ctx, findMethods(chk, ctx.cls, e.name), args, { kind: 'method', name: e.name, owner: ctx.cls, qualifier: null }, e.nameSpan);
  if (!m) return T.error;
  if (!isStatic(m) && !checkInstanceAllowed(chk, ctx, 'method', methodSig(m), e.nameSpan)) return T.error;
  return record(chk, e, m, ctx.cls, isStatic(m) ? 'none' : 'this');
}

function superCall(chk: Checker, ctx: BodyContext, e: MethodCall): Type {
  const args = argTypes(chk, ctx, e.args);
  if (!checkInstanceAllowed(chk, ctx, 'variable', 'super', e.span)) return T.error;
  const sup = ctx.cls.superclass;
  if (!sup) {
    chk.report('CannotFindSymbol', e.nameSpan, `method ${e.name}(${argList(args)})`);
    return T.error;
  }
  const m = choose(chk, ctx, findMethods(chk, sup, e.name), args, { kind: 'method', name: e.name, owner: sup, qualifier: null }, e.nameSpan);
  if (!m) return T.error;
  if (isAbstract(m)) {
    chk.report('AbstractMethodCall', e.nameSpan, methodSig(m), m.owner.name);
    return T.error;
  }
  return record(chk, e, m, sup, isStatic(m) ? 'none' : 'this', true);
}

// ---------------------------------------------------------------- constructors

const constructorsOf = (c: ClassSymbol): MethodSymbol[] => c.methods.filter((m) => m.isConstructor);

export function checkNewObject(chk: Checker, ctx: BodyContext, e: NewObject): Type {
  const t = resolveClassType(chk, ctx.file, e.type);
  const args = argTypes(chk, ctx, e.args);
  if (t.kind !== 'class') return chk.setType(e, T.error);
  const c = t.symbol;
  if (c.isInterface || isAbstract(c)) {
    chk.report('AbstractInstantiation', e.type.span, c.name);
    return chk.setType(e, T.error);
  }
  const m = choose(chk, ctx, constructorsOf(c), args, { kind: 'constructor', name: c.name, owner: c, qualifier: c }, e.type.span);
  if (!m) return chk.setType(e, T.error);
  record(chk, e, m, c, 'none');
  return chk.setType(e, classType(c));
}

/** `this(...)` / `super(...)`: arguments are checked as if in a static context (JLS §8.8.7.1). */
export function checkExplicitConstructorCall(chk: Checker, ctx: BodyContext, s: ExplicitConstructorCall): void {
  ctx.inCtorCall = true;
  const args = argTypes(chk, ctx, s.args);
  ctx.inCtorCall = false;
  const target = s.target === 'this' ? ctx.cls : ctx.cls.superclass;
  if (!target) return;
  const m = choose(chk, ctx, constructorsOf(target), args, { kind: 'constructor', name: target.name, owner: target, qualifier: null }, s.span);
  if (m) record(chk, s, m, target, 'this');
}

/** The superclass constructor an implicit `super()` calls (JLS §8.8.7), reporting if none fits. */
export function implicitSuperConstructor(chk: Checker, ctx: BodyContext, span: Span): MethodSymbol | null {
  const sup = ctx.cls.superclass;
  if (!sup) return null;
  return choose(chk, ctx, constructorsOf(sup), [], { kind: 'constructor', name: sup.name, owner: sup, qualifier: null }, span);
}
