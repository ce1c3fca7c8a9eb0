// Statement checking (JLS §14): local variables and their slots, conditions, loops incl.
// enhanced for over arrays, labels with break/continue targets, switch on int-like and
// String selectors, return, throw and try/catch/finally. Records locals, switches, jumps.

import type {
  Block,
  CatchClause,
  Expression,
  ForEachStatement,
  LocalVarDecl,
  Modifiers,
  ReturnStatement,
  Statement,
  SwitchStatement,
  TryStatement,
} from '../ast.ts';
import type { JumpTarget, SwitchInfo } from '../checked.ts';
import type { ClassSymbol } from '../symbols.ts';
import {
  T,
  classType,
  isAssignable,
  isBoolean,
  isPrim,
  isString,
  isSubclassSymbol,
  typeToString,
  type Type,
} from '../types.ts';
import { checkExplicitConstructorCall } from './calls.ts';
import { castConstant, constantKey } from './constants.ts';
import { declareLocal, inScope, resolveJump, type BodyContext, type Checker } from './context.ts';
import { checkAssignable, checkExpr, checkInitializer, checkValue } from './expressions.ts';
import { lub, unboxedOf } from './operators.ts';
import { modifierFlags } from './declarations.ts';
import { resolveClassType, resolveType } from './type-names.ts';

const isFinalMod = (m: Modifiers): boolean => m.list.some((x) => x.modifier === 'final');

/** Checks a statement list in the current scope (a block's or a switch group's). */
export function checkStatements(chk: Checker, ctx: BodyContext, list: Statement[]): void {
  for (const s of list) checkStatement(chk, ctx, s, []);
}

export function checkBlock(chk: Checker, ctx: BodyContext, b: Block): void {
  inScope(ctx, () => checkStatements(chk, ctx, b.statements));
}

/** `labels`: the labels directly on this statement (JLS §14.7), for loops and switches. */
export function checkStatement(chk: Checker, ctx: BodyContext, s: Statement, labels: string[]): void {
  switch (s.kind) {
    case 'Block':
      return checkBlock(chk, ctx, s);
    case 'LocalVarDecl':
      return checkLocalVarDecl(chk, ctx, s);
    case 'ExpressionStatement':
      return checkExpressionStatement(chk, ctx, s.expression);
    case 'If':
      checkCondition(chk, ctx, s.condition);
      inScope(ctx, () => checkStatement(chk, ctx, s.then, []));
      if (s.else) inScope(ctx, () => checkStatement(chk, ctx, s.else!, []));
      return;
    case 'While':
      checkCondition(chk, ctx, s.condition);
      return loopBody(chk, ctx, s, labels, s.body);
    case 'Do':
      loopBody(chk, ctx, s, labels, s.body);
      checkCondition(chk, ctx, s.condition);
      return;
    case 'For':
      return inScope(ctx, () => {
        if (Array.isArray(s.init)) s.init.forEach((x) => checkExpressionStatement(chk, ctx, x.expression));
        else checkLocalVarDecl(chk, ctx, s.init);
        if (s.condition) checkCondition(chk, ctx, s.condition);
        s.update.forEach((x) => checkExpressionStatement(chk, ctx, x.expression));
        loopBody(chk, ctx, s, labels, s.body);
      });
    case 'ForEach':
      return checkForEach(chk, ctx, s, labels);
    case 'Labeled':
      return checkLabeled(chk, ctx, s);
    case 'Break':
    case 'Continue':
      return resolveJump(chk, ctx, s);
    case 'Return':
      return checkReturn(chk, ctx, s);
    case 'Switch':
      return checkSwitch(chk, ctx, s, labels);
    case 'Throw':
      return checkThrow(chk, ctx, s.value);
    case 'Try':
      return checkTry(chk, ctx, s);
    case 'Empty':
      return;
    case 'ExplicitConstructorCall':
      // Legal only as the first statement of a constructor; bodies.ts handles that one.
      chk.report('CtorCallNotFirst', s.span, s.target);
      checkExplicitConstructorCall(chk, ctx, s);
      return;
  }
}

function withJump(ctx: BodyContext, stmt: JumpTarget, labels: string[], f: () => void): void {
  ctx.jumps.push({ stmt, labels });
  try {
    f();
  } finally {
    ctx.jumps.pop();
  }
}

function loopBody(chk: Checker, ctx: BodyContext, loop: JumpTarget, labels: string[], body: Statement): void {
  withJump(ctx, loop, labels, () => inScope(ctx, () => checkStatement(chk, ctx, body, [])));
}

function checkCondition(chk: Checker, ctx: BodyContext, e: Expression): void {
  const t = checkValue(chk, ctx, e);
  if (t.kind !== 'error' && !isBoolean(t)) {
    if (unboxedOf(t) === 'boolean') chk.report('BoxingNotSupported', e.span, typeToString(t), 'boolean');
    else chk.report('IncompatibleTypes', e.span, typeToString(t), 'boolean');
  }
}

/** JLS §14.8: only assignments, ++/--, method calls and instance creation are statements. */
function checkExpressionStatement(chk: Checker, ctx: BodyContext, e: Expression): void {
  const ok =
    e.kind === 'Assign' ||
    e.kind === 'MethodCall' ||
    e.kind === 'NewObject' ||
    (e.kind === 'Unary' && (e.op === 'pre++' || e.op === 'pre--' || e.op === 'post++' || e.op === 'post--'));
  if (!ok) chk.report('NotAStatementExpression', e.span);
  checkExpr(chk, ctx, e);
}

function checkLocalVarDecl(chk: Checker, ctx: BodyContext, s: LocalVarDecl): void {
  const fin = isFinalMod(s.modifiers);
  modifierFlags(chk, s.modifiers, ['final']);
  for (const d of s.declarators) {
    let t = resolveType(chk, ctx.file, d.type);
    if (t.kind === 'void') {
      chk.report('VoidNotAllowed', d.type.span);
      t = T.error;
    }
    // The variable is in scope in its own initializer (JLS §6.3), so declare first.
    const v = declareLocal(chk, ctx, d.name, t, fin, d, d.span);
    chk.out.locals.set(d, v);
    if (d.init) {
      checkInitializer(chk, ctx, d.init, t);
      const c = d.init.kind === 'ArrayInitializer' ? null : chk.constantOf(d.init);
      if (fin && c && (t.kind === 'primitive' || isString(t))) {
        v.constantValue = castConstant(c, t.kind === 'primitive' ? t.name : 'String');
      }
    }
  }
}

function checkForEach(chk: Checker, ctx: BodyContext, s: ForEachStatement, labels: string[]): void {
  inScope(ctx, () => {
    const arr = checkValue(chk, ctx, s.iterable);
    let element: Type = T.error;
    if (arr.kind === 'array') element = arr.element;
    else if (arr.kind !== 'error') chk.report('ForEachNotApplicable', s.iterable.span, typeToString(arr));
    const arrayTemp = declareLocal(chk, ctx, '$array', arr, false, null, null);
    const indexTemp = declareLocal(chk, ctx, '$index', T.int, false, null, null);
    modifierFlags(chk, s.modifiers, ['final']);
    const t = resolveType(chk, ctx.file, s.varType);
    if (element.kind !== 'error' && t.kind !== 'error') checkAssignable(chk, element, t, null, s.varType.span);
    const variable = declareLocal(chk, ctx, s.varName, t, isFinalMod(s.modifiers), s, s.span);
    chk.out.locals.set(s, variable);
    chk.out.forEach.set(s, { variable, arrayTemp, indexTemp, elementType: element });
    withJump(ctx, s, labels, () => inScope(ctx, () => checkStatement(chk, ctx, s.body, [])));
  });
}

function checkLabeled(chk: Checker, ctx: BodyContext, s: Extract<Statement, { kind: 'Labeled' }>): void {
  if (ctx.activeLabels.has(s.label)) chk.report('LabelAlreadyInUse', s.span, s.label);
  ctx.activeLabels.add(s.label);
  // Only the label directly on a loop makes `continue label` legal (JLS §14.16): `a: b: for` has loop label b only.
  withJump(ctx, s, [s.label], () => checkStatement(chk, ctx, s.body, [s.label]));
  ctx.activeLabels.delete(s.label);
}

function checkReturn(chk: Checker, ctx: BodyContext, s: ReturnStatement): void {
  const m = ctx.method;
  if (!m) {
    chk.report('ReturnOutsideMethod', s.span);
    if (s.value) checkExpr(chk, ctx, s.value);
    return;
  }
  if (s.value === null) {
    if (m.returnType.kind !== 'void' && m.returnType.kind !== 'error') chk.report('MissingReturnValue', s.span);
    return;
  }
  const t = checkValue(chk, ctx, s.value);
  if (m.returnType.kind === 'void') {
    chk.report('UnexpectedReturnValue', s.value.span);
    return;
  }
  checkAssignable(chk, t, m.returnType, chk.constantOf(s.value), s.value.span);
}

function checkThrow(chk: Checker, ctx: BodyContext, e: Expression): void {
  const t = checkValue(chk, ctx, e);
  const throwable = chk.typeOf('java/lang/Throwable');
  if (t.kind !== 'error' && throwable.kind !== 'error' && !isAssignable(t, throwable)) {
    chk.report('IncompatibleTypes', e.span, typeToString(t), 'Throwable');
  }
}

// ---------------------------------------------------------------- switch (JLS §14.11)

function checkSwitch(chk: Checker, ctx: BodyContext, s: SwitchStatement, labels: string[]): void {
  const sel = checkValue(chk, ctx, s.selector);
  let kind: SwitchInfo['kind'] | null = null;
  if (isPrim(sel, 'int') || isPrim(sel, 'char') || isPrim(sel, 'short') || isPrim(sel, 'byte')) kind = 'int';
  else if (isString(sel)) kind = 'string';
  else if (sel.kind !== 'error') chk.report('SwitchTypeUnsupported', s.selector.span, typeToString(sel));
  const cases: { value: number | string; group: SwitchStatement['groups'][number]; label: Expression }[] = [];
  const seen = new Set<string>();
  let defaultGroup: SwitchStatement['groups'][number] | null = null;
  withJump(ctx, s, labels, () =>
    inScope(ctx, () => {
      for (const g of s.groups) {
        for (const label of g.labels) {
          if (label === null) {
            if (defaultGroup) chk.report('DuplicateDefaultLabel', g.span);
            defaultGroup = g;
            continue;
          }
          const value = checkCaseLabel(chk, ctx, label, sel, kind);
          if (value === null) continue;
          const key = String(value);
          if (seen.has(key)) chk.report('DuplicateCaseLabel', label.span);
          seen.add(key);
          cases.push({ value, group: g, label });
        }
        checkStatements(chk, ctx, g.statements);
      }
    }),
  );
  if (kind) chk.out.switches.set(s, { kind, cases, defaultGroup });
}

function checkCaseLabel(chk: Checker, ctx: BodyContext, label: Expression, sel: Type, kind: SwitchInfo['kind'] | null): number | string | null {
  const t = checkValue(chk, ctx, label);
  if (t.kind === 'error' || kind === null) return null;
  const c = chk.constantOf(label);
  if (!c) {
    chk.report('ConstantExpressionRequired', label.span);
    return null;
  }
  if (!isAssignable(t, sel, c)) {
    checkAssignable(chk, t, sel, c, label.span);
    return null;
  }
  if (kind === 'string') return c.type === 'String' ? c.value : null;
  const v = castConstant(c, 'int');
  return v && v.type === 'int' ? v.value : null;
}

// ---------------------------------------------------------------- try (JLS §14.20)

function checkTry(chk: Checker, ctx: BodyContext, s: TryStatement): void {
  checkBlock(chk, ctx, s.block);
  const caught: ClassSymbol[] = [];
  for (const c of s.catches) checkCatch(chk, ctx, c, caught);
  if (s.finally) checkBlock(chk, ctx, s.finally);
}

function checkCatch(chk: Checker, ctx: BodyContext, c: CatchClause, caught: ClassSymbol[]): void {
  const throwable = chk.cls('java/lang/Throwable');
  const types: ClassSymbol[] = [];
  for (const node of c.types) {
    const t = resolveClassType(chk, ctx.file, node);
    if (t.kind !== 'class') continue;
    if (throwable && !isSubclassSymbol(t.symbol, throwable)) {
      chk.report('IncompatibleTypes', node.span, t.symbol.name, 'Throwable');
      continue;
    }
    const prior = caught.find((p) => isSubclassSymbol(t.symbol, p));
    if (prior) chk.report('ExceptionAlreadyCaught', node.span, t.symbol.name);
    const related = types.find((o) => isSubclassSymbol(t.symbol, o) || isSubclassSymbol(o, t.symbol));
    if (related) {
      const [sub, sup] = isSubclassSymbol(t.symbol, related) ? [t.symbol, related] : [related, t.symbol];
      chk.report('MultiCatchRelated', node.span, sub.name, sup.name);
      continue;
    }
    types.push(t.symbol);
  }
  caught.push(...types);
  chk.out.catchTypes.set(c, types);
  modifierFlags(chk, c.modifiers, ['final']);
  let paramType: Type = T.error;
  if (types.length > 0) paramType = types.slice(1).reduce<Type>((acc, x) => lub(chk, acc, classType(x)), classType(types[0]!));
  inScope(ctx, () => {
    // A multi-catch parameter is implicitly final (JLS §14.20).
    const v = declareLocal(chk, ctx, c.name, paramType, isFinalMod(c.modifiers) || c.types.length > 1, c, c.span);
    chk.out.locals.set(c, v);
    checkStatements(chk, ctx, c.body.statements);
  });
}
