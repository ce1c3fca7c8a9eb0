// Expression code: pushes the value of a checked expression (JLS §15) onto the operand
// stack, converting it where an assignment, argument or return context asks for another
// type (JLS §5.2, §5.3). Constants are pushed directly (JLS §15.29, §13.1), so a static
// final constant of another class never emits getstatic and never initializes that class.
// Assignments live in assignments.ts, string + in strings.ts, jumping code in conditions.ts.

import type {
  Binary,
  Cast,
  Conditional,
  Expression,
  FieldAccess,
  Literal,
  MethodCall,
  NameExpr,
  NewObject,
  SuperFieldAccess,
  Unary,
  ExplicitConstructorCall,
  TypeNode,
} from '../ast.ts';
import type { NameResolution, CallResolution } from '../checked.ts';
import { isStatic } from '../symbols.ts';
import {
  T,
  classEntryName,
  descriptorOf,
  isSubtype,
  unaryPromote,
  type Constant,
  type PrimitiveType,
  type Type,
} from '../types.ts';
import { genArrayAccess, genArrayInitializer, genNewArray } from './arrays.ts';
import { genAssign, genIncDec } from './assignments.ts';
import { genBooleanValue, genCond } from './conditions.ts';
import type { MethodContext } from './context.ts';
import { CodegenError, type InvokeOp } from './emitter.ts';
import { genConcat } from './strings.ts';
import {
  arithOp,
  emitConversion,
  isShift,
  loadOp,
  negOp,
  pushConstant,
  pushConvertedConstant,
  pushLong,
  type ArithOp,
} from './typed-ops.ts';

/** Pushes the value of `e` in its own static type (nothing for a void call). */
export function genExpr(ctx: MethodContext, e: Expression): void {
  const c = ctx.constantOf(e);
  if (c !== undefined) return pushConstant(ctx.em, c);
  switch (e.kind) {
    case 'Literal':
      return genLiteral(ctx, e);
    case 'Name':
    case 'FieldAccess':
    case 'SuperFieldAccess':
      return genNameValue(ctx, e);
    case 'ArrayAccess':
      return genArrayAccess(ctx, e);
    case 'MethodCall':
      return genCall(ctx, e);
    case 'NewObject':
      return genNewObject(ctx, e);
    case 'NewArray':
      return genNewArray(ctx, e);
    case 'ArrayInitializer':
      return genArrayInitializer(ctx, e, ctx.typeOf(e));
    case 'Unary':
      return genUnary(ctx, e);
    case 'Binary':
      return genBinary(ctx, e);
    case 'Assign':
      return genAssign(ctx, e, true);
    case 'Conditional':
      return genConditional(ctx, e);
    case 'Cast':
      return genCast(ctx, e);
    case 'InstanceOf':
      genExpr(ctx, e.operand);
      return ctx.em.classOp('instanceof', classEntryName(typeNodeType(ctx, e.type, e)));
    case 'This':
      return ctx.em.emit('aload', 0);
    case 'ClassLiteral': {
      const t = typeNodeType(ctx, e.type, e);
      if (t.kind !== 'class' && t.kind !== 'array') throw new CodegenError(`class literal of ${t.kind} type`);
      return ctx.em.emit('ldc', ctx.em.cp.classRef(classEntryName(t)));
    }
  }
}

/**
 * Pushes `e` converted to `to` (assignment/invocation/return contexts: identity, widening
 * primitive, widening reference, or narrowing of a fitting constant). Constants are
 * converted at compile time where that is exact.
 */
export function genExprTo(ctx: MethodContext, e: Expression, to: Type): void {
  if (isArrayClone(ctx, e)) return genCall(ctx, e, cloneCast(to));
  const c = ctx.constantOf(e);
  if (c !== undefined && to.kind === 'primitive' && pushConvertedConstant(ctx.em, c, to.name)) return;
  genExpr(ctx, e);
  emitConversion(ctx.em, ctx.typeOf(e), to);
}

/**
 * Evaluates `e` for its side effects only (an expression statement, JLS §14.8): assignments
 * and ++/-- store without keeping a copy, and a call's result is popped.
 */
export function genEffect(ctx: MethodContext, e: Expression): void {
  if (e.kind === 'Assign') return genAssign(ctx, e, false);
  if (e.kind === 'Unary' && (e.op.startsWith('pre') || e.op.startsWith('post'))) return genIncDec(ctx, e, false);
  if (isArrayClone(ctx, e)) {
    genCall(ctx, e, null);
    return ctx.em.emit('pop');
  }
  genExpr(ctx, e);
  if (ctx.typeOf(e).kind !== 'void') ctx.em.emit('pop');
}

function typeNodeType(ctx: MethodContext, node: TypeNode, e: Expression): Type {
  const t = ctx.program.typeNodes.get(node);
  if (t) return t;
  if (e.kind === 'Cast') return ctx.typeOf(e);
  throw new CodegenError(`no type recorded for the type in ${e.kind} at line ${e.span.line}`);
}

function genLiteral(ctx: MethodContext, e: Literal): void {
  const c = literalConstant(e);
  if (c === null) return ctx.em.emit('aconst_null');
  pushConstant(ctx.em, c);
}

/** A literal's constant (the checker normally records it already); null for `null`. */
function literalConstant(e: Literal): Constant | null {
  switch (e.type) {
    case 'int':
    case 'char':
      return { type: e.type, value: Number(e.value) };
    case 'long':
      return { type: 'long', value: BigInt(e.value as bigint) };
    case 'float':
    case 'double':
      return { type: e.type, value: Number(e.value) };
    case 'boolean':
      return { type: 'boolean', value: e.value === true };
    case 'String':
      return { type: 'String', value: String(e.value) };
    case 'null':
      return null;
  }
}

// ---------------------------------------------------------------- names and fields

export function resolutionOf(ctx: MethodContext, e: NameExpr | FieldAccess | SuperFieldAccess): NameResolution {
  return ctx.need(ctx.program.names, e, 'name resolution');
}

/**
 * Pushes the object a field access needs, or evaluates and discards a value expression
 * that only qualifies a static field (JLS §15.11.1).
 */
export function genFieldReceiver(
  ctx: MethodContext,
  e: NameExpr | FieldAccess | SuperFieldAccess,
  receiver: 'this' | 'expression' | 'none' | 'discard',
): void {
  switch (receiver) {
    case 'this':
      return ctx.em.emit('aload', 0);
    case 'none':
      return;
    case 'expression':
    case 'discard':
      if (e.kind !== 'FieldAccess') throw new CodegenError(`${e.kind} has no target expression`);
      genExpr(ctx, e.target);
      if (receiver === 'discard') ctx.em.emit('pop');
  }
}

function genNameValue(ctx: MethodContext, e: NameExpr | FieldAccess | SuperFieldAccess): void {
  const r = resolutionOf(ctx, e);
  switch (r.kind) {
    case 'local':
      // A constant variable has no stored value (statements.ts); its uses are normally folded already.
      if (r.local.constantValue !== null) return pushConstant(ctx.em, r.local.constantValue);
      return ctx.em.emit(loadOp(r.local.type), ctx.locals.slotOf(r.local));
    case 'field': {
      genFieldReceiver(ctx, e, r.receiver);
      const op = isStatic(r.field) ? 'getstatic' : 'getfield';
      return ctx.em.field(op, r.qualifyingClass.internalName, r.field.name, descriptorOf(r.field.type));
    }
    case 'arrayLength':
      if (e.kind !== 'FieldAccess') throw new CodegenError('array length without a target');
      genExpr(ctx, e.target);
      return ctx.em.emit('arraylength');
    case 'type':
    case 'package':
      throw new CodegenError(`${r.kind} name used as a value at line ${e.span.line}`);
  }
}

// ---------------------------------------------------------------- calls and objects

/**
 * The checker picks the kind: 'special' for super.m(), constructors and PRIVATE methods
 * (the classic JVMS §6.5 invokespecial rule: the named method itself runs, no virtual
 * lookup; the VM's interpreter and verifier follow the same convention), 'interface' when
 * the qualifying type is an interface, 'static', else 'virtual'.
 */
const INVOKE: Record<CallResolution['kind'], InvokeOp> = {
  static: 'invokestatic',
  virtual: 'invokevirtual',
  interface: 'invokeinterface',
  special: 'invokespecial',
};

/** Pushes each argument converted to its parameter type (JLS §15.12.4.2, widening only). */
function genArgs(ctx: MethodContext, args: Expression[], params: readonly Type[]): void {
  if (args.length !== params.length) throw new CodegenError(`call with ${args.length} arguments for ${params.length} parameters`);
  args.forEach((a, i) => genExprTo(ctx, a, params[i]!));
}

/** `a.clone()` on an array (JLS §10.7), whose call leaves an Object that javac casts only as needed. */
function isArrayClone(ctx: MethodContext, e: Expression): e is MethodCall {
  return e.kind === 'MethodCall' && ctx.program.calls.get(e)?.arrayClone !== undefined;
}

/**
 * The cast an array clone's Object result needs to become `to`: javac's TransTypes casts to
 * the expected type's erasure, none when that is Object (`Object o = a.clone();`).
 */
function cloneCast(to: Type): Type | null {
  return to.kind === 'class' && to.symbol.internalName === 'java/lang/Object' ? null : to;
}

function emitInvoke(ctx: MethodContext, r: CallResolution, cloneTo: Type | null | undefined): void {
  const q = r.qualifyingClass;
  if (r.arrayClone) {
    // JLS §10.7, as javac: invokevirtual [I.clone:()Ljava/lang/Object; then checkcast [I (or
    // to the type the context expects; elsewhere, e.g. a receiver, the array type itself).
    ctx.em.invoke('invokevirtual', descriptorOf(r.arrayClone), r.method.name, r.method.descriptor, false);
    const to = cloneTo === undefined ? r.arrayClone : cloneTo;
    if (to) ctx.em.classOp('checkcast', to.kind === 'class' ? to.symbol.internalName : descriptorOf(to));
    return;
  }
  ctx.em.invoke(INVOKE[r.kind], q.internalName, r.method.name, r.method.descriptor, q.isInterface);
}

/**
 * A method call (JLS §15.12.4): receiver, arguments, invoke; pushes the result unless void.
 * `cloneTo` (array clone only): the type to cast the result to, null for none.
 */
export function genCall(ctx: MethodContext, e: MethodCall, cloneTo?: Type | null): void {
  const r = ctx.need(ctx.program.calls, e, 'call resolution');
  switch (r.receiver) {
    case 'this':
      ctx.em.emit('aload', 0);
      break;
    case 'none':
      break;
    case 'expression':
    case 'discard':
      if (e.target === null || e.target === 'super') throw new CodegenError('call receiver without a target');
      genExpr(ctx, e.target);
      if (r.receiver === 'discard') ctx.em.emit('pop');
  }
  genArgs(ctx, e.args, r.method.params);
  // javac marks the call's own line, so a multi-line statement's stack trace names the call.
  ctx.em.line(e.nameSpan.line);
  emitInvoke(ctx, r, cloneTo);
}

/** `new C(args)`: new, dup, arguments, invokespecial <init> (JLS §15.9.4). */
function genNewObject(ctx: MethodContext, e: NewObject): void {
  const r = ctx.need(ctx.program.calls, e, 'constructor resolution');
  ctx.em.classOp('new', r.method.owner.internalName);
  ctx.em.emit('dup');
  genArgs(ctx, e.args, r.method.params);
  ctx.em.invoke('invokespecial', r.method.owner.internalName, '<init>', r.method.descriptor, false);
}

/** `this(...)` / `super(...)`: aload_0, arguments, invokespecial <init> (JLS §8.8.7.1). */
export function genExplicitConstructorCall(ctx: MethodContext, s: ExplicitConstructorCall): void {
  const r = ctx.need(ctx.program.calls, s, 'constructor resolution');
  ctx.em.emit('aload', 0);
  genArgs(ctx, s.args, r.method.params);
  ctx.em.invoke('invokespecial', r.method.owner.internalName, '<init>', r.method.descriptor, false);
}

// ---------------------------------------------------------------- operators

function genUnary(ctx: MethodContext, e: Unary): void {
  const t = ctx.typeOf(e);
  switch (e.op) {
    case '+':
      return genExprTo(ctx, e.operand, t);
    case '-':
      genExprTo(ctx, e.operand, t);
      return ctx.em.emit(negOp(t));
    case '~':
      // JLS §15.15.5: ~x == x ^ -1
      genExprTo(ctx, e.operand, t);
      if (t.kind === 'primitive' && t.name === 'long') pushLong(ctx.em, -1n);
      else ctx.em.emit('iconst_m1');
      return ctx.em.emit(arithOp('^', t));
    case '!':
      return genBooleanValue(ctx, e);
    default:
      return genIncDec(ctx, e, true);
  }
}

const VALUE_OPS = new Set(['*', '/', '%', '+', '-', '<<', '>>', '>>>', '&', '^', '|']);

function genBinary(ctx: MethodContext, e: Binary): void {
  if (ctx.program.stringConcat.has(e)) return genConcat(ctx, e);
  if (!VALUE_OPS.has(e.op)) return genBooleanValue(ctx, e);
  const t = ctx.need(ctx.program.operandTypes, e, 'operand type');
  genExprTo(ctx, e.left, t);
  if (isShift(e.op)) genShiftCount(ctx, e.right);
  else genExprTo(ctx, e.right, t);
  ctx.em.emit(arithOp(e.op as ArithOp, t));
}

/**
 * The right operand of a shift is promoted on its own (JLS §15.19) and, being at most 63
 * meaningful bits, a long count is narrowed to int (the shift masks it anyway).
 */
export function genShiftCount(ctx: MethodContext, e: Expression): void {
  const t = ctx.typeOf(e);
  const promoted = t.kind === 'primitive' ? unaryPromote(t) : T.int;
  genExprTo(ctx, e, promoted);
  if (promoted.name === 'long') ctx.em.emit('l2i');
}

/** `c ? a : b` (JLS §15.25): both arms converted to the conditional's type. */
function genConditional(ctx: MethodContext, e: Conditional): void {
  const t = ctx.typeOf(e);
  const elseLabel = ctx.em.newLabel('condElse');
  const end = ctx.em.newLabel('condEnd');
  // javac (Gen.visitConditional) starts a line entry for the condition and each arm.
  ctx.em.line(e.condition.span.line);
  genCond(ctx, e.condition, false, elseLabel);
  ctx.em.line(e.then.span.line);
  genExprTo(ctx, e.then, t);
  ctx.em.goto(end);
  ctx.em.mark(elseLabel);
  ctx.em.line(e.else.span.line);
  genExprTo(ctx, e.else, t);
  ctx.em.mark(end);
}

/** Casts (JLS §15.16): primitive conversions, or checkcast unless statically a widening. */
function genCast(ctx: MethodContext, e: Cast): void {
  const to = typeNodeType(ctx, e.type, e);
  const from = ctx.typeOf(e.operand);
  genExpr(ctx, e.operand);
  if (to.kind === 'primitive' && from.kind === 'primitive') return emitConversion(ctx.em, from as PrimitiveType, to);
  if (to.kind === 'class' || to.kind === 'array') {
    if (!isSubtype(from, to)) ctx.em.classOp('checkcast', classEntryName(to));
  }
}
