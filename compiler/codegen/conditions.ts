// Jumping code for boolean expressions (the javac "CondItem" scheme): genCond jumps to a
// label when the condition has the wanted truth value, so && and || short-circuit (JLS
// §15.23, §15.24) and ! costs nothing. Comparisons pick the javac opcodes, including the
// fcmpg/fcmpl choice that makes every comparison with NaN false (JLS §15.20.1).

import type { Binary, BinaryOp, Expression } from '../ast.ts';
import type { MethodContext } from './context.ts';
import type { Label } from './emitter.ts';
import { genExpr, genExprTo } from './expressions.ts';
import { kindOf } from './typed-ops.ts';
import type { OpName } from '../../vm/bytecode/opcodes.ts';

type Cmp = 'eq' | 'ne' | 'lt' | 'ge' | 'gt' | 'le';

const CMP: Partial<Record<BinaryOp, Cmp>> = {
  '==': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '>=': 'ge',
  '>': 'gt',
  '<=': 'le',
};

const NEGATE: Record<Cmp, Cmp> = { eq: 'ne', ne: 'eq', lt: 'ge', ge: 'lt', gt: 'le', le: 'gt' };

/** Emits code that jumps to `target` iff `e` evaluates to `jumpIf`, else falls through. */
export function genCond(ctx: MethodContext, e: Expression, jumpIf: boolean, target: Label): void {
  const c = ctx.constantOf(e);
  if (c !== undefined && c.type === 'boolean') {
    if (c.value === jumpIf) ctx.em.goto(target);
    return;
  }
  if (e.kind === 'Unary' && e.op === '!') return genCond(ctx, e.operand, !jumpIf, target);
  if (e.kind === 'Binary') {
    if (e.op === '&&' || e.op === '||') return genShortCircuit(ctx, e, jumpIf, target);
    const cmp = CMP[e.op];
    if (cmp !== undefined) return genComparison(ctx, e, cmp, jumpIf, target);
  }
  genExpr(ctx, e);
  ctx.em.branch(jumpIf ? 'ifne' : 'ifeq', target);
}

/**
 * `a && b`: jump-if-false sends both to target; jump-if-true skips b when a is false.
 * `a || b` is the dual.
 */
function genShortCircuit(ctx: MethodContext, e: Binary, jumpIf: boolean, target: Label): void {
  const isAnd = e.op === '&&';
  if (isAnd !== jumpIf) {
    // && jumping when false, or || jumping when true: either operand decides.
    genCond(ctx, e.left, jumpIf, target);
    genCond(ctx, e.right, jumpIf, target);
    return;
  }
  const skip = ctx.em.newLabel(isAnd ? 'andSkip' : 'orSkip');
  genCond(ctx, e.left, !jumpIf, skip);
  genCond(ctx, e.right, jumpIf, target);
  ctx.em.mark(skip);
}

const isNullType = (ctx: MethodContext, e: Expression): boolean => ctx.typeOf(e).kind === 'null';

function isZero(ctx: MethodContext, e: Expression): boolean {
  const c = ctx.constantOf(e);
  if (c === undefined) return false;
  return (c.type === 'int' || c.type === 'short' || c.type === 'byte' || c.type === 'char') && c.value === 0;
}

function genComparison(ctx: MethodContext, e: Binary, cmp: Cmp, jumpIf: boolean, target: Label): void {
  const t = ctx.need(ctx.program.operandTypes, e, 'operand type');
  const test = jumpIf ? cmp : NEGATE[cmp];
  const k = t.kind === 'null' ? 'a' : kindOf(t);
  if (k === 'a') return genReferenceComparison(ctx, e, test, target);
  if (k === 'i') {
    genExprTo(ctx, e.left, t);
    if (isZero(ctx, e.right)) return ctx.em.branch(`if${test}` as OpName, target);
    genExprTo(ctx, e.right, t);
    return ctx.em.branch(`if_icmp${test}` as OpName, target);
  }
  genExprTo(ctx, e.left, t);
  genExprTo(ctx, e.right, t);
  if (k === 'l') ctx.em.emit('lcmp');
  // NaN: fcmpg gives 1, fcmpl gives -1; pick the one that makes the ORIGINAL test false.
  else ctx.em.emit(`${k}cmp${cmp === 'lt' || cmp === 'le' ? 'g' : 'l'}` as OpName);
  ctx.em.branch(`if${test}` as OpName, target);
}

/** == and != on references; a comparison with null uses ifnull/ifnonnull like javac. */
function genReferenceComparison(ctx: MethodContext, e: Binary, test: Cmp, target: Label): void {
  const eq = test === 'eq';
  if (isNullType(ctx, e.right) || isNullType(ctx, e.left)) {
    genExpr(ctx, isNullType(ctx, e.right) ? e.left : e.right);
    return ctx.em.branch(eq ? 'ifnull' : 'ifnonnull', target);
  }
  genExpr(ctx, e.left);
  genExpr(ctx, e.right);
  ctx.em.branch(eq ? 'if_acmpeq' : 'if_acmpne', target);
}

/** Pushes 1 or 0 for a boolean expression built from comparisons, !, && and ||. */
export function genBooleanValue(ctx: MethodContext, e: Expression): void {
  const falseLabel = ctx.em.newLabel('false');
  const end = ctx.em.newLabel('boolEnd');
  genCond(ctx, e, false, falseLabel);
  ctx.em.emit('iconst_1');
  ctx.em.goto(end);
  ctx.em.mark(falseLabel);
  ctx.em.emit('iconst_0');
  ctx.em.mark(end);
}
