// Which opcode a typed operation needs: loads, stores, array access, returns, arithmetic,
// primitive conversions (JLS §5.1.2, §5.1.3; JVMS §2.11.4) and constant pushes. Pure
// functions of checker Types, handed on to every other codegen file.

import type { OpName } from '../../vm/bytecode/opcodes.ts';
import { ArrayType as AT } from '../../vm/bytecode/opcodes.ts';
import type { PrimitiveName } from '../ast.ts';
import type { Constant, Type } from '../types.ts';
import { floatToBits } from '../../vm/bytecode/constant-pool.ts';
import { CodegenError, type MethodEmitter } from './emitter.ts';

/** The JVM computational kind of a value: int-like, long, float, double or reference. */
export type Kind = 'i' | 'l' | 'f' | 'd' | 'a';

export function kindOf(t: Type): Kind {
  if (t.kind !== 'primitive') return 'a';
  switch (t.name) {
    case 'long':
      return 'l';
    case 'float':
      return 'f';
    case 'double':
      return 'd';
    default:
      return 'i'; // boolean, byte, short, char, int
  }
}

export const loadOp = (t: Type): OpName => `${kindOf(t)}load` as OpName;
export const storeOp = (t: Type): OpName => `${kindOf(t)}store` as OpName;
export const returnOp = (t: Type): OpName => (t.kind === 'void' ? 'return' : (`${kindOf(t)}return` as OpName));

/** xaload/xastore for an array whose element type is `el` (boolean arrays use baload/bastore, JVMS §6.5). */
function arrayPrefix(el: Type): string {
  if (el.kind !== 'primitive') return 'a';
  switch (el.name) {
    case 'boolean':
    case 'byte':
      return 'b';
    case 'char':
      return 'c';
    case 'short':
      return 's';
    case 'int':
      return 'i';
    case 'long':
      return 'l';
    case 'float':
      return 'f';
    case 'double':
      return 'd';
  }
}
export const arrayLoadOp = (el: Type): OpName => `${arrayPrefix(el)}aload` as OpName;
export const arrayStoreOp = (el: Type): OpName => `${arrayPrefix(el)}astore` as OpName;

/** newarray's atype for a primitive element type. */
export function newarrayType(el: PrimitiveName): number {
  const map: Record<PrimitiveName, number> = {
    boolean: AT.T_BOOLEAN,
    char: AT.T_CHAR,
    float: AT.T_FLOAT,
    double: AT.T_DOUBLE,
    byte: AT.T_BYTE,
    short: AT.T_SHORT,
    int: AT.T_INT,
    long: AT.T_LONG,
  };
  return map[el];
}

export type ArithOp = '+' | '-' | '*' | '/' | '%' | '<<' | '>>' | '>>>' | '&' | '|' | '^';

const ARITH_NAME: Record<ArithOp, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'div',
  '%': 'rem',
  '<<': 'shl',
  '>>': 'shr',
  '>>>': 'ushr',
  '&': 'and',
  '|': 'or',
  '^': 'xor',
};

/** iadd, ladd, ... for an operation computed in type `t` (booleans compute as ints). */
export function arithOp(op: ArithOp, t: Type): OpName {
  const k = kindOf(t);
  if (k === 'a') throw new CodegenError(`arithmetic ${op} on a reference`);
  return `${k}${ARITH_NAME[op]}` as OpName;
}

/** ineg, lneg, fneg, dneg. */
export function negOp(t: Type): OpName {
  const k = kindOf(t);
  if (k === 'a') throw new CodegenError('negation of a reference');
  return `${k}neg` as OpName;
}

const isShift = (op: string): boolean => op === '<<' || op === '>>' || op === '>>>';
export { isShift };

// ---------------------------------------------------------------- primitive conversions

const INT_LIKE = new Set<PrimitiveName>(['boolean', 'byte', 'short', 'char', 'int']);

/** The narrowing from int that lands in a sub-int type, if the source does not already fit. */
function intTo(from: PrimitiveName, to: PrimitiveName): OpName[] {
  switch (to) {
    case 'byte':
      return from === 'byte' ? [] : ['i2b'];
    case 'short':
      return from === 'byte' || from === 'short' ? [] : ['i2s'];
    case 'char':
      return from === 'char' ? [] : ['i2c'];
    default:
      return [];
  }
}

/**
 * The opcodes converting a value of primitive type `from` to `to` (widening or narrowing;
 * JVMS §2.11.4). Sub-int targets go through int: long -> byte is l2i, i2b.
 */
export function primitiveConversion(from: PrimitiveName, to: PrimitiveName): OpName[] {
  if (from === to || to === 'boolean' || from === 'boolean') return [];
  const fk = INT_LIKE.has(from) ? 'i' : from === 'long' ? 'l' : from === 'float' ? 'f' : 'd';
  const wide: Record<string, string> = { long: 'l', float: 'f', double: 'd' };
  const target = wide[to];
  if (target !== undefined) return fk === target ? [] : [`${fk}2${target}` as OpName];
  // to is int or a sub-int type
  const viaInt: OpName[] = fk === 'i' ? [] : [`${fk}2i` as OpName];
  return [...viaInt, ...intTo(fk === 'i' ? from : 'int', to)];
}

/** Emits the conversion of a value of type `from` (on the stack) to type `to`; references need nothing. */
export function emitConversion(em: MethodEmitter, from: Type, to: Type): void {
  if (from.kind !== 'primitive' || to.kind !== 'primitive') return;
  for (const op of primitiveConversion(from.name, to.name)) em.emit(op);
}

// ---------------------------------------------------------------- constants

/** Pushes an int with the shortest form javac would use (iconst, bipush, sipush, ldc). */
export function pushInt(em: MethodEmitter, v: number): void {
  if (v >= -1 && v <= 5) em.emit(`iconst_${v === -1 ? 'm1' : v}` as OpName);
  else if (v >= -128 && v <= 127) em.emit('bipush', v);
  else if (v >= -32768 && v <= 32767) em.emit('sipush', v);
  else em.emit('ldc', em.cp.integer(v));
}

export function pushLong(em: MethodEmitter, v: bigint): void {
  if (v === 0n) em.emit('lconst_0');
  else if (v === 1n) em.emit('lconst_1');
  else em.emit('ldc', em.cp.long(v));
}

/** fconst_0 only for +0.0: -0.0 must come from the pool to keep its sign. */
export function pushFloat(em: MethodEmitter, v: number): void {
  if (Object.is(v, 0)) em.emit('fconst_0');
  else if (v === 1) em.emit('fconst_1');
  else if (v === 2) em.emit('fconst_2');
  else em.emit('ldc', em.cp.floatBits(floatToBits(v)));
}

export function pushDouble(em: MethodEmitter, v: number): void {
  if (Object.is(v, 0)) em.emit('dconst_0');
  else if (v === 1) em.emit('dconst_1');
  else em.emit('ldc', em.cp.double(v));
}

/** Pushes a compile-time constant (JLS §15.29) in its own type. */
export function pushConstant(em: MethodEmitter, c: Constant): void {
  switch (c.type) {
    case 'int':
    case 'short':
    case 'byte':
    case 'char':
      return pushInt(em, c.value);
    case 'boolean':
      return pushInt(em, c.value ? 1 : 0);
    case 'long':
      return pushLong(em, c.value);
    case 'float':
      return pushFloat(em, c.value);
    case 'double':
      return pushDouble(em, c.value);
    case 'String':
      return em.emit('ldc', em.cp.string(c.value));
  }
}

function fitsIn(v: number, to: 'int' | 'short' | 'byte' | 'char'): boolean {
  if (to === 'byte') return v >= -128 && v <= 127;
  if (to === 'short') return v >= -32768 && v <= 32767;
  if (to === 'char') return v >= 0 && v <= 0xffff;
  return true;
}

/**
 * Pushes constant `c` already converted to primitive type `to` when that is exact and cheap
 * (int-like -> wider int-like, long, float or double: javac folds these too); returns false
 * when the caller should push `c` and convert at run time instead.
 */
export function pushConvertedConstant(em: MethodEmitter, c: Constant, to: PrimitiveName): boolean {
  const intLike = c.type === 'int' || c.type === 'short' || c.type === 'byte' || c.type === 'char';
  if (!intLike) return false;
  switch (to) {
    case 'int':
    case 'short':
    case 'byte':
    case 'char':
      // Assignment narrowing of a constant only happens when it fits (JLS §5.2); else convert at run time.
      if (primitiveConversion('int', to).length > 0 && !fitsIn(c.value, to)) return false;
      pushInt(em, c.value);
      return true;
    case 'long':
      pushLong(em, BigInt(c.value));
      return true;
    case 'float':
      pushFloat(em, Math.fround(c.value));
      return true;
    case 'double':
      pushDouble(em, c.value);
      return true;
    case 'boolean':
      return false;
  }
}
