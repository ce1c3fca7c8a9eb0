// Names in expressions (JLS §6.5): decides whether a simple or qualified name is a local,
// a field, a type or a package, checks static context, forward references and access, and
// records NameResolutions and constant values of constant variables (JLS §4.12.4, §15.29).

import type { Expression, FieldAccess, NameExpr, Span, SuperFieldAccess } from '../ast.ts';
import type { NameResolution } from '../checked.ts';
import { isFinal, isStatic, type ClassSymbol, type FieldSymbol } from '../symbols.ts';
import { T, isString, type Constant, type Type } from '../types.ts';
import { castConstant } from './constants.ts';
import { lookupLocal, type BodyContext, type Checker } from './context.ts';
import { checkExpr } from './expressions.ts';
import { accessName, findFields, isAccessible } from './members.ts';
import { lookupSimpleType, checkClassAccessible } from './type-names.ts';
import { checkFieldInitializer } from './bodies.ts';

/** What a name used as a qualifier denotes. */
export type Qualifier =
  | { kind: 'value'; type: Type }
  | { kind: 'type'; sym: ClassSymbol }
  | { kind: 'package'; name: string }
  | { kind: 'error' };

const dotted = (s: string): string => s.replace(/\//g, '.');

/** The field `name` of `c`, reporting an ambiguous inheritance (JLS §8.3.3) once. */
function findField(c: ClassSymbol, name: string, chk?: Checker, span?: Span): FieldSymbol | null {
  const all = findFields(c, name);
  if (all.length > 1 && chk && span) {
    chk.report('AmbiguousMethod', span, name, `variable ${name} in ${all[0]!.owner.name}`, `variable ${name} in ${all[1]!.owner.name}`);
  }
  return all[0] ?? null;
}

function record(chk: Checker, e: NameExpr | FieldAccess | SuperFieldAccess, r: NameResolution): void {
  chk.out.names.set(e, r);
}

/**
 * The constant value of a field if it is a constant variable, computing (and type-checking)
 * its initializer on demand; a cycle makes it non-constant.
 */
export function fieldConstant(chk: Checker, f: FieldSymbol): Constant | null {
  if (!f.decl || chk.constantsDone.has(f)) return f.constantValue;
  const d = f.decl;
  const constType = f.type.kind === 'primitive' || isString(f.type);
  if (!isFinal(f) || !constType || !d.init || d.init.kind === 'ArrayInitializer' || chk.constantsInProgress.has(f)) {
    if (!chk.constantsInProgress.has(f)) chk.constantsDone.add(f);
    return null;
  }
  chk.constantsInProgress.add(f);
  checkFieldInitializer(chk, f);
  chk.constantsInProgress.delete(f);
  chk.constantsDone.add(f);
  const c = chk.constantOf(d.init);
  if (c) f.constantValue = castConstant(c, f.type.kind === 'primitive' ? f.type.name : 'String');
  return f.constantValue;
}

/** Reports use of instance members where there is no `this` yet or at all. */
export function checkInstanceAllowed(chk: Checker, ctx: BodyContext, kind: string, name: string, span: Span): boolean {
  if (ctx.isStatic) {
    chk.report('NonStaticFromStatic', span, kind, name);
    return false;
  }
  if (ctx.inCtorCall) {
    chk.report('CannotReferenceBeforeSuper', span, name);
    return false;
  }
  return true;
}

function checkFieldAccessible(chk: Checker, ctx: BodyContext, f: FieldSymbol, qualifier: ClassSymbol | null, span: Span): void {
  if (!isAccessible(f, ctx.cls, qualifier)) chk.report('NotAccessible', span, f.name, accessName(f.access), f.owner.name);
}

/** Type of a field read, with its constant recorded when the name form allows inlining. */
function fieldValue(chk: Checker, e: Expression, f: FieldSymbol, constantForm: boolean): Type {
  if (constantForm) {
    const c = fieldConstant(chk, f);
    if (c) chk.out.constants.set(e, c);
  }
  return chk.setType(e, f.type);
}

// ---------------------------------------------------------------- simple names

/** A simple name as an expression (JLS §6.5.6.1). `lhs`: target of a simple assignment. */
export function checkNameExpr(chk: Checker, ctx: BodyContext, e: NameExpr, lhs = false): Type {
  const local = lookupLocal(ctx, e.name);
  if (local) {
    record(chk, e, { kind: 'local', local });
    if (local.constantValue) chk.out.constants.set(e, local.constantValue);
    return chk.setType(e, local.type);
  }
  const f = findField(ctx.cls, e.name, chk, e.span);
  if (f) {
    if (!isStatic(f) && !checkInstanceAllowed(chk, ctx, 'variable', e.name, e.span)) return chk.setType(e, T.error);
    if (!lhs && ctx.laterFields?.has(f)) chk.report('IllegalForwardReference', e.span);
    checkFieldAccessible(chk, ctx, f, null, e.span);
    record(chk, e, { kind: 'field', field: f, receiver: isStatic(f) ? 'none' : 'this', qualifyingClass: ctx.cls });
    return fieldValue(chk, e, f, true);
  }
  chk.report('CannotFindSymbol', e.span, `variable ${e.name}`);
  return chk.setType(e, T.error);
}

// ---------------------------------------------------------------- qualifiers

/** Classifies a name used before a dot (JLS §6.5.2): value, type or package. */
export function resolveQualifier(chk: Checker, ctx: BodyContext, e: Expression): Qualifier {
  if (e.kind === 'Name') {
    if (lookupLocal(ctx, e.name) || findField(ctx.cls, e.name)) return { kind: 'value', type: checkNameExpr(chk, ctx, e) };
    const t = lookupSimpleType(chk, ctx.file, e.name);
    if (t && !('ambiguous' in t)) {
      checkClassAccessible(chk, t, ctx.file.pkg, e.span);
      record(chk, e, { kind: 'type', symbol: t });
      return { kind: 'type', sym: t };
    }
    record(chk, e, { kind: 'package', name: e.name });
    return { kind: 'package', name: e.name };
  }
  if (e.kind === 'FieldAccess') {
    const q = resolveQualifier(chk, ctx, e.target);
    if (q.kind === 'package') {
      const sym = chk.table.lookupClass(`${q.name}/${e.name}`);
      if (sym) {
        checkClassAccessible(chk, sym, ctx.file.pkg, e.span);
        record(chk, e, { kind: 'type', symbol: sym });
        return { kind: 'type', sym };
      }
      const name = `${q.name}/${e.name}`;
      record(chk, e, { kind: 'package', name });
      return { kind: 'package', name };
    }
    return { kind: 'value', type: fieldAccessOn(chk, ctx, e, q) };
  }
  return { kind: 'value', type: checkExpr(chk, ctx, e) };
}

/** Reports a qualifier that turned out to be a package where a value or type was needed. */
export function reportUnresolvedPackage(chk: Checker, target: Expression, name: string): void {
  if (!name.includes('/')) chk.report('CannotFindSymbol', target.span, `variable ${name}`);
  else chk.report('PackageDoesNotExist', target.span, dotted(name));
}

// ---------------------------------------------------------------- field access

/** `target.name` as an expression. */
export function checkFieldAccessExpr(chk: Checker, ctx: BodyContext, e: FieldAccess): Type {
  const q = resolveQualifier(chk, ctx, e.target);
  if (q.kind === 'package') {
    const sym = chk.table.lookupClass(`${q.name}/${e.name}`);
    if (sym) chk.report('CannotFindSymbol', e.span, `variable ${e.name}`);
    else reportUnresolvedPackage(chk, e.target, q.name);
    return chk.setType(e, T.error);
  }
  return fieldAccessOn(chk, ctx, e, q);
}

function fieldAccessOn(chk: Checker, ctx: BodyContext, e: FieldAccess, q: Exclude<Qualifier, { kind: 'package' }>): Type {
  if (q.kind === 'error') return chk.setType(e, T.error);
  if (q.kind === 'type') {
    const f = findField(q.sym, e.name, chk, e.nameSpan);
    if (!f) {
      chk.report('CannotFindSymbol', e.nameSpan, `variable ${e.name} in class ${q.sym.name}`);
      return chk.setType(e, T.error);
    }
    if (!isStatic(f)) {
      chk.report('NonStaticFromStatic', e.span, 'variable', e.name);
      return chk.setType(e, T.error);
    }
    checkFieldAccessible(chk, ctx, f, null, e.nameSpan);
    record(chk, e, { kind: 'field', field: f, receiver: 'none', qualifyingClass: q.sym });
    return fieldValue(chk, e, f, true);
  }
  const t = q.type;
  if (t.kind === 'error') return chk.setType(e, T.error);
  if (t.kind === 'array') {
    if (e.name === 'length') {
      record(chk, e, { kind: 'arrayLength' });
      return chk.setType(e, T.int);
    }
    chk.report('CannotFindSymbol', e.nameSpan, `variable ${e.name}`);
    return chk.setType(e, T.error);
  }
  if (t.kind !== 'class') {
    chk.report('CannotBeDereferenced', e.span, t.kind === 'primitive' ? t.name : t.kind === 'null' ? '<null>' : 'void');
    return chk.setType(e, T.error);
  }
  const f = findField(t.symbol, e.name, chk, e.nameSpan);
  if (!f) {
    chk.report('CannotFindSymbol', e.nameSpan, `variable ${e.name}`);
    return chk.setType(e, T.error);
  }
  checkFieldAccessible(chk, ctx, f, isStatic(f) ? null : t.symbol, e.nameSpan);
  const receiver = isStatic(f) ? 'discard' : 'expression';
  record(chk, e, { kind: 'field', field: f, receiver, qualifyingClass: t.symbol });
  return fieldValue(chk, e, f, false);
}

/** `super.name` (JLS §15.11.2). */
export function checkSuperFieldAccess(chk: Checker, ctx: BodyContext, e: SuperFieldAccess): Type {
  if (!checkInstanceAllowed(chk, ctx, 'variable', 'super', e.span)) return chk.setType(e, T.error);
  const sup = ctx.cls.superclass;
  const f = sup ? findField(sup, e.name) : null;
  if (!f || !sup) {
    chk.report('CannotFindSymbol', e.span, `variable ${e.name}`);
    return chk.setType(e, T.error);
  }
  checkFieldAccessible(chk, ctx, f, null, e.span);
  record(chk, e, { kind: 'field', field: f, receiver: isStatic(f) ? 'none' : 'this', qualifyingClass: sup });
  return fieldValue(chk, e, f, false);
}

