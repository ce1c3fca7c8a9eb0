// Arrays: creation with dimension expressions (newarray / anewarray / multianewarray,
// JLS §15.10.2), array initializers (JLS §10.6: length, new, then dup/index/value/store per
// element, nested initializers recursively) and element reads (JLS §15.10.3).

import type { ArrayAccess, ArrayInitializer, NewArray } from '../ast.ts';
import { T, classEntryName, descriptorOf, type Type } from '../types.ts';
import type { MethodContext } from './context.ts';
import { CodegenError } from './emitter.ts';
import { genExpr, genExprTo } from './expressions.ts';
import { arrayLoadOp, arrayStoreOp, newarrayType, pushInt } from './typed-ops.ts';

/** [length] -> [array] for a one-dimensional array of `element`. */
function emitNewArray(ctx: MethodContext, element: Type): void {
  if (element.kind === 'primitive') ctx.em.emit('newarray', newarrayType(element.name));
  else ctx.em.classOp('anewarray', classEntryName(element));
}

/** `new T[a][b]...[]...` or `new T[]...{...}`. */
export function genNewArray(ctx: MethodContext, e: NewArray): void {
  const t = ctx.typeOf(e);
  if (t.kind !== 'array') throw new CodegenError('array creation of a non-array type');
  if (e.init) return genArrayInitializer(ctx, e.init, t);
  for (const d of e.dims) genExprTo(ctx, d, T.int);
  if (e.dims.length === 1) return emitNewArray(ctx, t.element);
  // multianewarray names the full array type and creates the first dims.length levels.
  ctx.em.multianewarray(descriptorOf(t), e.dims.length);
}

/** Pushes a new array of type `t` filled from an initializer. */
export function genArrayInitializer(ctx: MethodContext, init: ArrayInitializer, t: Type): void {
  if (t.kind !== 'array') throw new CodegenError(`array initializer for non-array type at line ${init.span.line}`);
  const em = ctx.em;
  pushInt(em, init.elements.length);
  emitNewArray(ctx, t.element);
  init.elements.forEach((el, i) => {
    em.emit('dup');
    pushInt(em, i);
    if (el.kind === 'ArrayInitializer') genArrayInitializer(ctx, el, t.element);
    else genExprTo(ctx, el, t.element);
    em.emit(arrayStoreOp(t.element));
  });
}

/** `a[i]` as a value. */
export function genArrayAccess(ctx: MethodContext, e: ArrayAccess): void {
  const at = ctx.typeOf(e.array);
  if (at.kind !== 'array') throw new CodegenError('indexing a non-array');
  genExpr(ctx, e.array);
  genExprTo(ctx, e.index, T.int);
  ctx.em.emit(arrayLoadOp(at.element));
}
