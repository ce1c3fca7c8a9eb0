// Assignment, compound assignment and ++/-- (JLS §15.26, §15.14.2, §15.15.1). A variable is
// an "lvalue": its address (nothing for a local or static field, the object for an instance
// field, array + index for an element) is pushed once, duplicated for read-modify-write with
// dup / dup+dup_x1 (one slot per value, so long and double use the same forms), and the
// result kept with dup / dup_x1 / dup_x2 when the expression's value is needed.

import type { Assign, Expression, Unary } from '../ast.ts';
import { isStatic } from '../symbols.ts';
import { T, descriptorOf, unaryPromote, type Type } from '../types.ts';
import type { MethodContext } from './context.ts';
import { CodegenError } from './emitter.ts';
import { genExpr, genExprTo, genFieldReceiver, genShiftCount, resolutionOf } from './expressions.ts';
import { appendValue, beginBuilder, finishBuilder } from './strings.ts';
import {
  arithOp,
  arrayLoadOp,
  arrayStoreOp,
  emitConversion,
  isShift,
  kindOf,
  loadOp,
  storeOp,
  type ArithOp,
} from './typed-ops.ts';

/** A variable being assigned. */
interface LValue {
  readonly type: Type;
  /** How many stack values the address takes (0 local/static, 1 field, 2 array element). */
  readonly addressSize: 0 | 1 | 2;
  /** The local's slot when the variable is a local (iinc applies). */
  readonly localSlot: number | null;
  /** Pushes the address; with `twice`, pushes it twice (one copy for the load, one for the store). */
  pushAddress(twice: boolean): void;
  /** Consumes one address copy, pushes the value. */
  load(): void;
  /** Consumes an address copy and the value on top of it. */
  store(): void;
}

function lvalueOf(ctx: MethodContext, target: Expression): LValue {
  const em = ctx.em;
  if (target.kind === 'ArrayAccess') {
    const arrType = ctx.typeOf(target.array);
    if (arrType.kind !== 'array') throw new CodegenError('indexing a non-array');
    const el = arrType.element;
    return {
      type: el,
      addressSize: 2,
      localSlot: null,
      pushAddress(twice) {
        genExpr(ctx, target.array);
        if (twice) em.emit('dup');
        genExprTo(ctx, target.index, T.int);
        if (twice) em.emit('dup_x1'); // [a, a, i] -> [a, i, a, i]
      },
      load: () => em.emit(arrayLoadOp(el)),
      store: () => em.emit(arrayStoreOp(el)),
    };
  }
  if (target.kind !== 'Name' && target.kind !== 'FieldAccess' && target.kind !== 'SuperFieldAccess') {
    throw new CodegenError(`cannot assign to ${target.kind}`);
  }
  const r = resolutionOf(ctx, target);
  if (r.kind === 'local') {
    const slot = ctx.locals.slotOf(r.local);
    const t = r.local.type;
    return {
      type: t,
      addressSize: 0,
      localSlot: slot,
      pushAddress: () => undefined,
      load: () => em.emit(loadOp(t), slot),
      store: () => em.emit(storeOp(t), slot),
    };
  }
  if (r.kind !== 'field') throw new CodegenError(`cannot assign to a ${r.kind}`);
  const owner = r.qualifyingClass.internalName;
  const desc = descriptorOf(r.field.type);
  const name = r.field.name;
  if (isStatic(r.field)) {
    return {
      type: r.field.type,
      addressSize: 0,
      localSlot: null,
      pushAddress: () => genFieldReceiver(ctx, target, r.receiver === 'expression' ? 'discard' : r.receiver),
      load: () => em.field('getstatic', owner, name, desc),
      store: () => em.field('putstatic', owner, name, desc),
    };
  }
  return {
    type: r.field.type,
    addressSize: 1,
    localSlot: null,
    pushAddress(twice) {
      genFieldReceiver(ctx, target, r.receiver);
      if (twice) em.emit('dup');
    },
    load: () => em.field('getfield', owner, name, desc),
    store: () => em.field('putfield', owner, name, desc),
  };
}

/** Keeps a copy of the value on top below the address, so it survives the store. */
function keepValue(ctx: MethodContext, lv: LValue): void {
  ctx.em.emit(lv.addressSize === 0 ? 'dup' : lv.addressSize === 1 ? 'dup_x1' : 'dup_x2');
}

/** `a = b` and `a op= b`; with `valueNeeded` the assigned value stays on the stack. */
export function genAssign(ctx: MethodContext, a: Assign, valueNeeded: boolean): void {
  const lv = lvalueOf(ctx, a.target);
  if (a.op === '=') {
    // JLS §15.26.1: address first, then the right-hand side, then the store.
    lv.pushAddress(false);
    genExprTo(ctx, a.value, lv.type);
    if (valueNeeded) keepValue(ctx, lv);
    return lv.store();
  }
  const op = a.op.slice(0, -1) as ArithOp;
  if (ctx.program.stringConcat.has(a)) return genStringCompound(ctx, lv, a, valueNeeded);
  const opType = ctx.need(ctx.program.operationTypes, a, 'operation type');
  const step = iincStep(ctx, lv, op, a.value, opType);
  if (step !== null && lv.localSlot !== null) {
    ctx.em.emit('iinc', lv.localSlot, step);
    if (valueNeeded) lv.load();
    return;
  }
  // JLS §15.26.2: E1 op= E2 is E1 = (T)((E1) op (E2)), with E1's address evaluated once.
  lv.pushAddress(true);
  lv.load();
  emitConversion(ctx.em, lv.type, opType);
  if (isShift(op)) genShiftCount(ctx, a.value);
  else genExprTo(ctx, a.value, opType);
  ctx.em.emit(arithOp(op, opType));
  emitConversion(ctx.em, opType, lv.type);
  if (valueNeeded) keepValue(ctx, lv);
  lv.store();
}

/** javac uses iinc for `i += c` / `i -= c` on an int local when c fits in a short. */
function iincStep(ctx: MethodContext, lv: LValue, op: ArithOp, value: Expression, opType: Type): number | null {
  if (lv.localSlot === null || lv.type.kind !== 'primitive' || lv.type.name !== 'int') return null;
  if (op !== '+' && op !== '-') return null;
  if (opType.kind !== 'primitive' || opType.name !== 'int') return null;
  const c = ctx.constantOf(value);
  if (c === undefined || (c.type !== 'int' && c.type !== 'short' && c.type !== 'byte' && c.type !== 'char')) return null;
  const step = op === '+' ? c.value : -c.value;
  return step >= -32768 && step <= 32767 ? step : null;
}

/** `s += x` on a String variable: s = new StringBuilder().append(s).append(x).toString(). */
function genStringCompound(ctx: MethodContext, lv: LValue, a: Assign, valueNeeded: boolean): void {
  lv.pushAddress(true);
  lv.load();
  beginBuilder(ctx);
  ctx.em.emit('swap'); // [.., old, sb] -> [.., sb, old]
  appendValue(ctx, lv.type);
  genExpr(ctx, a.value);
  appendValue(ctx, ctx.typeOf(a.value));
  finishBuilder(ctx);
  if (valueNeeded) keepValue(ctx, lv);
  lv.store();
}

/** ++x, --x, x++, x-- (JLS §15.14.2, §15.15.1): computed in the promoted type, narrowed back. */
export function genIncDec(ctx: MethodContext, u: Unary, valueNeeded: boolean): void {
  const lv = lvalueOf(ctx, u.operand);
  const post = u.op.startsWith('post');
  const delta = u.op.endsWith('++') ? 1 : -1;
  if (lv.localSlot !== null && lv.type.kind === 'primitive' && lv.type.name === 'int') {
    if (valueNeeded && post) lv.load();
    ctx.em.emit('iinc', lv.localSlot, delta);
    if (valueNeeded && !post) lv.load();
    return;
  }
  if (lv.type.kind !== 'primitive') throw new CodegenError('++/-- on a reference');
  const opType = ctx.program.operationTypes.get(u) ?? unaryPromote(lv.type);
  lv.pushAddress(true);
  lv.load();
  if (valueNeeded && post) keepValue(ctx, lv);
  emitConversion(ctx.em, lv.type, opType);
  pushOne(ctx, opType);
  ctx.em.emit(arithOp(delta === 1 ? '+' : '-', opType));
  emitConversion(ctx.em, opType, lv.type);
  if (valueNeeded && !post) keepValue(ctx, lv);
  lv.store();
}

function pushOne(ctx: MethodContext, t: Type): void {
  const k = kindOf(t);
  if (k === 'a') throw new CodegenError('++/-- on a reference');
  ctx.em.emit(`${k}const_1` as 'iconst_1');
}
