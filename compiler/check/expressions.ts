// Expression checking (JLS §15): computes and records every expression's type and constant
// value, and checks operators, assignments (§15.26), arrays (§15.10, §10.6), casts (§15.16),
// instanceof (§15.20) and conditionals (§15.25). Names and calls live in names.ts/calls.ts.

import type {
  ArrayAccess,
  ArrayInitializer,
  Assign,
  Binary,
  Cast,
  Conditional,
  Expression,
  InstanceOf,
  Literal,
  NewArray,
  Span,
  Unary,
} from '../ast.ts';
import { isFinal, type LocalVar } from '../symbols.ts';
import {
  T,
  arrayOf,
  binaryPromote,
  isAssignable,
  isBoolean,
  isIntegral,
  isNumeric,
  isReference,
  isString,
  typeToString,
  unaryPromote,
  type Constant,
  type Type,
} from '../types.ts';
import { checkMethodCall, checkNewObject } from './calls.ts';
import { castConstant, foldBinary, foldUnary } from './constants.ts';
import { checkInstanceAllowed, checkFieldAccessExpr, checkNameExpr, checkSuperFieldAccess } from './names.ts';
import type { BodyContext, Checker } from './context.ts';
import { binaryType, conditionalType, isCastable, unaryType, unboxedOf } from './operators.ts';
import { resolveType } from './type-names.ts';

/** Checks an expression, records its type (and constant value) and returns the type. */
export function checkExpr(chk: Checker, ctx: BodyContext, e: Expression): Type {
  switch (e.kind) {
    case 'Literal':
      return checkLiteral(chk, e);
    case 'Name':
      return checkNameExpr(chk, ctx, e);
    case 'FieldAccess':
      return checkFieldAccessExpr(chk, ctx, e);
    case 'SuperFieldAccess':
      return checkSuperFieldAccess(chk, ctx, e);
    case 'ArrayAccess':
      return checkArrayAccess(chk, ctx, e);
    case 'MethodCall':
      return checkMethodCall(chk, ctx, e);
    case 'NewObject':
      return checkNewObject(chk, ctx, e);
    case 'NewArray':
      return checkNewArray(chk, ctx, e);
    case 'ArrayInitializer':
      chk.report('IllegalInitializer', e.span, 'an expression (an array initializer needs new T[])');
      return chk.setType(e, T.error);
    case 'Unary':
      return checkUnary(chk, ctx, e);
    case 'Binary':
      return checkBinary(chk, ctx, e);
    case 'Assign':
      return checkAssign(chk, ctx, e);
    case 'Conditional':
      return checkConditional(chk, ctx, e);
    case 'Cast':
      return checkCast(chk, ctx, e);
    case 'InstanceOf':
      return checkInstanceOf(chk, ctx, e);
    case 'This':
      if (!checkInstanceAllowed(chk, ctx, 'variable', 'this', e.span)) return chk.setType(e, T.error);
      return chk.setType(e, { kind: 'class', symbol: ctx.cls });
    case 'ClassLiteral':
      chk.report('ClassLiteralUnsupported', e.span);
      return chk.setType(e, T.error);
  }
}

/** Checks an expression whose value is used: void is an error there. */
export function checkValue(chk: Checker, ctx: BodyContext, e: Expression): Type {
  const t = checkExpr(chk, ctx, e);
  if (t.kind === 'void') {
    chk.report('VoidNotAllowed', e.span);
    return T.error;
  }
  return t;
}

function checkLiteral(chk: Checker, e: Literal): Type {
  const v = e.value;
  let c: Constant | null = null;
  let t: Type;
  switch (e.type) {
    case 'int':
    case 'char':
    case 'float':
    case 'double':
      c = { type: e.type, value: v as number };
      t = T[e.type];
      break;
    case 'long':
      c = { type: 'long', value: v as bigint };
      t = T.long;
      break;
    case 'boolean':
      c = { type: 'boolean', value: v as boolean };
      t = T.boolean;
      break;
    case 'String':
      c = { type: 'String', value: v as string };
      t = chk.stringType;
      break;
    case 'null':
      t = T.null;
      break;
  }
  if (c) chk.out.constants.set(e, c);
  return chk.setType(e, t);
}

// ---------------------------------------------------------------- conversions

/**
 * Checks that a value of type `from` may be assigned to `to` (JLS §5.2), reporting javac's
 * message ("possible lossy conversion", "cannot be converted") at `span`.
 */
export function checkAssignable(chk: Checker, from: Type, to: Type, c: Constant | null, span: Span): boolean {
  if (isAssignable(from, to, c)) return true;
  if (from.kind === 'void') chk.report('VoidNotAllowed', span);
  else if (isNumeric(from) && isNumeric(to)) chk.report('PossibleLossyConversion', span, typeToString(from), typeToString(to));
  else reportNotConvertible(chk, from, to, span);
  return false;
}

const BOXES: Readonly<Record<string, string>> = {
  boolean: 'java/lang/Boolean',
  byte: 'java/lang/Byte',
  short: 'java/lang/Short',
  char: 'java/lang/Character',
  int: 'java/lang/Integer',
  long: 'java/lang/Long',
  float: 'java/lang/Float',
  double: 'java/lang/Double',
};

/** Would javac accept this conversion by boxing or unboxing (JLS §5.1.7-5.1.8)? */
export function boxingWouldHelp(chk: Checker, from: Type, to: Type): boolean {
  if (from.kind === 'primitive' && (to.kind === 'class' || to.kind === 'array')) {
    const box = chk.cls(BOXES[from.name]!);
    return box !== null && isAssignable({ kind: 'class', symbol: box }, to);
  }
  if (from.kind === 'class' && to.kind === 'primitive') {
    const prim = Object.keys(BOXES).find((p) => BOXES[p] === from.symbol.internalName);
    return prim !== undefined && isAssignable(T[prim as keyof typeof BOXES & keyof typeof T] as Type, to);
  }
  return false;
}

/** "cannot be converted", naming autoboxing when that is what javac would have used. */
export function reportNotConvertible(chk: Checker, from: Type, to: Type, span: Span): void {
  if (boxingWouldHelp(chk, from, to)) chk.report('BoxingNotSupported', span, typeToString(from), typeToString(to));
  else chk.report('IncompatibleTypes', span, typeToString(from), typeToString(to));
}

/** Checks an initializer (expression or array initializer) against a declared type. */
export function checkInitializer(chk: Checker, ctx: BodyContext, init: Expression | ArrayInitializer, to: Type): void {
  if (init.kind === 'ArrayInitializer') {
    checkArrayInitializer(chk, ctx, init, to);
    return;
  }
  const t = checkValue(chk, ctx, init);
  checkAssignable(chk, t, to, chk.constantOf(init), init.span);
}

function checkArrayInitializer(chk: Checker, ctx: BodyContext, init: ArrayInitializer, to: Type): void {
  if (to.kind === 'error') {
    chk.setType(init, T.error);
    for (const el of init.elements) if (el.kind !== 'ArrayInitializer') checkExpr(chk, ctx, el);
    return;
  }
  if (to.kind !== 'array') {
    chk.report('IllegalInitializer', init.span, typeToString(to));
    chk.setType(init, T.error);
    return;
  }
  chk.setType(init, to);
  for (const el of init.elements) checkInitializer(chk, ctx, el, to.element);
}

/** An index or dimension: promoted to int; long is a lossy conversion (JLS §15.10.1, §15.10.3). */
function checkIntIndex(chk: Checker, ctx: BodyContext, e: Expression): void {
  const t = checkValue(chk, ctx, e);
  if (t.kind === 'error') return;
  if (!isIntegral(t) || unaryPromote(t).name !== 'int') {
    if (isNumeric(t)) chk.report('PossibleLossyConversion', e.span, typeToString(t), 'int');
    else if (unboxedOf(t) !== null) chk.report('BoxingNotSupported', e.span, typeToString(t), unboxedOf(t)!);
    else chk.report('IncompatibleTypes', e.span, typeToString(t), 'int');
  }
}

// ---------------------------------------------------------------- arrays

function checkArrayAccess(chk: Checker, ctx: BodyContext, e: ArrayAccess): Type {
  const a = checkValue(chk, ctx, e.array);
  checkIntIndex(chk, ctx, e.index);
  if (a.kind === 'error') return chk.setType(e, T.error);
  if (a.kind !== 'array') {
    chk.report('ArrayRequired', e.span, typeToString(a));
    return chk.setType(e, T.error);
  }
  return chk.setType(e, a.element);
}

function checkNewArray(chk: Checker, ctx: BodyContext, e: NewArray): Type {
  let t = resolveType(chk, ctx.file, e.elementType);
  for (const d of e.dims) checkIntIndex(chk, ctx, d);
  if (t.kind === 'error') {
    if (e.init) checkArrayInitializer(chk, ctx, e.init, T.error);
    return chk.setType(e, T.error);
  }
  for (let i = 0; i < e.dims.length + e.extraDims; i++) t = arrayOf(t);
  if (e.init) checkArrayInitializer(chk, ctx, e.init, t);
  return chk.setType(e, t);
}

// ---------------------------------------------------------------- operators

function checkUnary(chk: Checker, ctx: BodyContext, e: Unary): Type {
  const incDec = e.op === 'pre++' || e.op === 'pre--' || e.op === 'post++' || e.op === 'post--';
  const t = incDec ? checkVariable(chk, ctx, e.operand, false) : checkValue(chk, ctx, e.operand);
  const r = unaryType(chk, e.op, t, e.span);
  if (incDec) {
    if (r.kind === 'primitive') chk.out.operationTypes.set(e, unaryPromote(r));
    return chk.setType(e, r);
  }
  const c = chk.constantOf(e.operand);
  if (c && r.kind !== 'error') {
    const folded = foldUnary(e.op, c);
    if (folded) chk.out.constants.set(e, folded);
  }
  return chk.setType(e, r);
}

function checkBinary(chk: Checker, ctx: BodyContext, e: Binary): Type {
  // Deep left-leaning chains (a + b + c + ...) are common; check them iteratively.
  const chain: Binary[] = [];
  let cur: Expression = e;
  while (cur.kind === 'Binary') {
    chain.push(cur);
    cur = cur.left;
  }
  let leftType = checkValue(chk, ctx, cur);
  for (let i = chain.length - 1; i >= 0; i--) {
    const b = chain[i]!;
    const rightType = checkValue(chk, ctx, b.right);
    leftType = chk.setType(b, binaryType(chk, b, leftType, rightType));
    const lc = chk.constantOf(b.left);
    const rc = chk.constantOf(b.right);
    if (lc && rc && leftType.kind !== 'error') {
      const folded = foldBinary(b.op, lc, rc);
      if (folded) chk.out.constants.set(b, folded);
    }
  }
  return leftType;
}

/**
 * Checks an assignment target (JLS §15.26): a local, field or array element. Reports
 * assignments to finals that can never be legal here; definite (un)assignment of blank
 * finals is left to the flow pass. `simple` is true for plain `=`.
 */
export function checkVariable(chk: Checker, ctx: BodyContext, target: Expression, simple: boolean): Type {
  let t: Type;
  if (target.kind === 'Name') t = checkNameExpr(chk, ctx, target, simple);
  else if (target.kind === 'FieldAccess' || target.kind === 'SuperFieldAccess' || target.kind === 'ArrayAccess') t = checkExpr(chk, ctx, target);
  else {
    checkExpr(chk, ctx, target);
    chk.report('UnexpectedType', target.span, 'variable', 'value');
    return T.error;
  }
  // Writing a variable makes it non-constant for codegen: keep the read-constant off the target.
  chk.out.constants.delete(target);
  if (target.kind === 'ArrayAccess' || t.kind === 'error') return t;
  const r = target.kind === 'Name' || target.kind === 'FieldAccess' || target.kind === 'SuperFieldAccess' ? chk.out.names.get(target) : undefined;
  if (!r) return t;
  if (r.kind === 'local') return checkLocalWrite(chk, ctx, r.local, target.span) ? t : T.error;
  if (r.kind === 'arrayLength') {
    chk.report('CannotAssignFinal', target.span, 'length');
    return T.error;
  }
  if (r.kind === 'field' && isFinal(r.field)) {
    // Only a blank final of this class, by simple name or this.f, in a constructor or initializer (JLS §16).
    const viaThis = target.kind === 'Name' || (target.kind === 'FieldAccess' && target.target.kind === 'This');
    const staticMatch = (r.field.access & 0x0008) !== 0 === ctx.isStatic;
    const inInit = ctx.method === null || (ctx.method.isConstructor && !ctx.isStatic);
    const blank = r.field.decl !== null && r.field.decl.init === null;
    if (!(blank && viaThis && staticMatch && inInit && r.field.owner === ctx.cls)) {
      chk.report('CannotAssignFinal', target.span, r.field.name);
      return T.error;
    }
  }
  return t;
}

function checkLocalWrite(chk: Checker, ctx: BodyContext, v: LocalVar, span: Span): boolean {
  ctx.reassigned.add(v);
  if (!v.isFinal) return true;
  const d = v.decl;
  if (d && d.kind === 'Parameter') chk.report('FinalParameterAssigned', span, v.name);
  else if (d && d.kind === 'Catch' && d.types.length > 1) chk.report('MultiCatchParameterAssigned', span, v.name);
  else if (d && d.kind === 'Catch') chk.report('CannotAssignFinal', span, v.name);
  else if (d && d.kind === 'ForEach') chk.report('CannotAssignFinal', span, v.name);
  else if (d && d.kind === 'VariableDeclarator' && d.init !== null) chk.report('CannotAssignFinal', span, v.name);
  else return true; // a blank final local: definite unassignment decides (flow pass)
  return false;
}

function checkAssign(chk: Checker, ctx: BodyContext, e: Assign): Type {
  const target = checkVariable(chk, ctx, e.target, e.op === '=');
  const value = checkValue(chk, ctx, e.value);
  if (e.op === '=') {
    checkAssignable(chk, value, target, chk.constantOf(e.value), e.value.span);
    return chk.setType(e, target);
  }
  if (target.kind === 'error' || value.kind === 'error') return chk.setType(e, target);
  const op = e.op.slice(0, -1);
  // JLS §15.26.2: E1 op= E2 is E1 = (T)((E1) op (E2)).
  if (op === '+' && (isString(target) || (isString(value) && isReference(target)))) {
    if (!isString(target) && !isCastable(chk.stringType, target)) {
      chk.report('IncompatibleTypes', e.span, 'String', typeToString(target));
    }
    chk.out.stringConcat.add(e);
    chk.out.operationTypes.set(e, chk.stringType);
    return chk.setType(e, target);
  }
  const opType = compoundOperationType(op, target, value);
  if (!opType) {
    const boxed = [target, value].find((t) => unboxedOf(t) !== null);
    if (boxed) chk.report('BoxingNotSupported', e.span, typeToString(boxed), unboxedOf(boxed)!);
    else chk.report('BadOperandTypesBinary', e.span, op, typeToString(target), typeToString(value));
    return chk.setType(e, T.error);
  }
  chk.out.operationTypes.set(e, opType);
  return chk.setType(e, target);
}

function compoundOperationType(op: string, a: Type, b: Type): Type | null {
  if (op === '<<' || op === '>>' || op === '>>>') return isIntegral(a) && isIntegral(b) ? unaryPromote(a) : null;
  if (op === '&' || op === '|' || op === '^') {
    if (isBoolean(a) && isBoolean(b)) return T.boolean;
    return isIntegral(a) && isIntegral(b) ? binaryPromote(a, b) : null;
  }
  return isNumeric(a) && isNumeric(b) ? binaryPromote(a, b) : null;
}

function checkConditional(chk: Checker, ctx: BodyContext, e: Conditional): Type {
  const c = checkValue(chk, ctx, e.condition);
  if (c.kind !== 'error' && !isBoolean(c)) {
    if (unboxedOf(c) === 'boolean') chk.report('BoxingNotSupported', e.condition.span, typeToString(c), 'boolean');
    else chk.report('IncompatibleTypes', e.condition.span, typeToString(c), 'boolean');
  }
  const x = checkValue(chk, ctx, e.then);
  const y = checkValue(chk, ctx, e.else);
  const cx = chk.constantOf(e.then);
  const cy = chk.constantOf(e.else);
  const t = conditionalType(chk, x, y, cx, cy);
  if (!t) {
    if ((x.kind === 'primitive') !== (y.kind === 'primitive')) {
      // javac boxes here and takes lub(Box, other); Ringfence has no boxing.
      chk.report('BoxingNotSupported', e.span, typeToString(x.kind === 'primitive' ? x : y), 'a reference type');
    } else chk.report('IncompatibleTypes', e.else.span, typeToString(y), typeToString(x));
    return chk.setType(e, T.error);
  }
  const cc = chk.constantOf(e.condition);
  if (cc && cc.type === 'boolean' && cx && cy && (t.kind === 'primitive' || isString(t))) {
    const chosen = castConstant(cc.value ? cx : cy, t.kind === 'primitive' ? t.name : 'String');
    if (chosen) chk.out.constants.set(e, chosen);
  }
  return chk.setType(e, t);
}

function checkCast(chk: Checker, ctx: BodyContext, e: Cast): Type {
  const to = resolveType(chk, ctx.file, e.type);
  const from = checkValue(chk, ctx, e.operand);
  if (to.kind === 'void') {
    chk.report('VoidNotAllowed', e.type.span);
    return chk.setType(e, T.error);
  }
  if (!isCastable(from, to)) {
    reportNotConvertible(chk, from, to, e.span);
    return chk.setType(e, T.error);
  }
  const c = chk.constantOf(e.operand);
  if (c && (to.kind === 'primitive' || isString(to))) {
    const folded = castConstant(c, to.kind === 'primitive' ? to.name : 'String');
    if (folded) chk.out.constants.set(e, folded);
  }
  return chk.setType(e, to);
}

function checkInstanceOf(chk: Checker, ctx: BodyContext, e: InstanceOf): Type {
  const from = checkValue(chk, ctx, e.operand);
  const to = resolveType(chk, ctx.file, e.type);
  if (from.kind === 'error' || to.kind === 'error') return chk.setType(e, T.boolean);
  if (!isReference(from)) chk.report('UnexpectedType', e.operand.span, 'reference', typeToString(from));
  else if (to.kind !== 'class' && to.kind !== 'array') chk.report('UnexpectedType', e.type.span, 'reference', typeToString(to));
  else if (!isCastable(from, to)) chk.report('IncompatibleTypes', e.span, typeToString(from), typeToString(to));
  return chk.setType(e, T.boolean);
}
