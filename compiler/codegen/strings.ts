// String concatenation (JLS §15.18.1) the pre-Java-9 javac way: new StringBuilder, one
// append per operand with the overload chosen by the operand's static type, toString().
// append(Object) takes every reference but String (so null prints "null" and a char[]
// prints as an Object, as in Java); byte and short use append(int).

import type { Binary, Expression } from '../ast.ts';
import type { Type } from '../types.ts';
import type { MethodContext } from './context.ts';
import { genExpr } from './expressions.ts';

const SB = 'java/lang/StringBuilder';

/** new StringBuilder() — leaves the builder on the stack. */
export function beginBuilder(ctx: MethodContext): void {
  ctx.em.classOp('new', SB);
  ctx.em.emit('dup');
  ctx.em.invoke('invokespecial', SB, '<init>', '()V', false);
}

/** The StringBuilder.append parameter descriptor for a value of static type `t`. */
export function appendDescriptor(t: Type): string {
  if (t.kind === 'primitive') {
    switch (t.name) {
      case 'boolean':
        return 'Z';
      case 'char':
        return 'C';
      case 'long':
        return 'J';
      case 'float':
        return 'F';
      case 'double':
        return 'D';
      default:
        return 'I'; // byte, short, int
    }
  }
  if (t.kind === 'class' && t.symbol.internalName === 'java/lang/String') return 'Ljava/lang/String;';
  return 'Ljava/lang/Object;';
}

/** [sb, value] -> [sb]: appends a value of static type `t`. */
export function appendValue(ctx: MethodContext, t: Type): void {
  ctx.em.invoke('invokevirtual', SB, 'append', `(${appendDescriptor(t)})L${SB};`, false);
}

/** [sb] -> [string] */
export function finishBuilder(ctx: MethodContext): void {
  ctx.em.invoke('invokevirtual', SB, 'toString', '()Ljava/lang/String;', false);
}

/**
 * The operands of a concatenation chain, left to right. Nested non-constant concatenations
 * are flattened (string conversion is per operand, so this keeps the meaning); a constant
 * sub-expression stays one operand, already folded by the checker.
 */
function operands(ctx: MethodContext, e: Expression): Expression[] {
  if (e.kind === 'Binary' && ctx.program.stringConcat.has(e) && ctx.constantOf(e) === undefined) {
    return [...operands(ctx, e.left), ...operands(ctx, e.right)];
  }
  return [e];
}

/** Pushes the String value of a non-constant `a + b` that is string concatenation. */
export function genConcat(ctx: MethodContext, e: Binary): void {
  beginBuilder(ctx);
  for (const operand of operands(ctx, e)) {
    genExpr(ctx, operand);
    appendValue(ctx, ctx.typeOf(operand));
  }
  finishBuilder(ctx);
}
