// Compile-time constant folding (JLS §15.29) with Java's exact arithmetic: 32/64-bit
// two's-complement wraparound, truncating division, shift-count masking, IEEE single and
// double precision, Java's String conversion. Used by the expression checker; hands on Constants.

import type { BinaryOp, PrimitiveName, UnaryOp } from '../ast.ts';
import type { Constant } from '../types.ts';
import { javaDoubleToString, javaFloatToString } from '../../stdlib/floating/to-string.ts';

type Num = Exclude<Constant, { type: 'boolean' } | { type: 'String' }>;
type NumKind = 'int' | 'long' | 'float' | 'double';

// ---------------------------------------------------------------- conversions (JLS §5.1.2-5.1.3)

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** long -> float with a single correct rounding (Number(bigint) then fround could round twice). */
export function longToFloat(v: bigint): number {
  const neg = v < 0n;
  let m = neg ? -v : v;
  if (m < 2n ** 53n) return Math.fround(Number(v));
  const bits = m.toString(2).length;
  const drop = BigInt(bits - 24);
  const kept = m >> drop;
  const rest = m - (kept << drop);
  const half = 1n << (drop - 1n);
  let r = kept;
  if (rest > half || (rest === half && (kept & 1n) === 1n)) r += 1n;
  m = r << drop;
  const f = Math.fround(Number(m)); // exact: m has at most 25 significant bits
  return neg ? -f : f;
}

/** JLS §5.1.3 floating -> integral: NaN to 0, out-of-range clamps, else truncates. */
function floatToInt(v: number): number {
  if (Number.isNaN(v)) return 0;
  if (v >= INT_MAX) return INT_MAX;
  if (v <= INT_MIN) return INT_MIN;
  return Math.trunc(v) | 0;
}
function floatToLong(v: number): bigint {
  if (Number.isNaN(v)) return 0n;
  if (v >= 9223372036854775807) return LONG_MAX;
  if (v <= -9223372036854775808) return LONG_MIN;
  return BigInt(Math.trunc(v));
}

const wrapInt = (v: number): number => v | 0;
const wrapLong = (v: bigint): bigint => BigInt.asIntN(64, v);

/** The numeric value of a constant as the given promoted kind. */
function asKind(c: Num, kind: NumKind): number | bigint {
  if (kind === 'long') return c.type === 'long' ? c.value : BigInt(floatIsh(c) ? floatToLong(c.value as number) : (c.value as number));
  const v = c.type === 'long' ? null : (c.value as number);
  if (kind === 'int') return c.type === 'long' ? Number(BigInt.asIntN(32, c.value)) : v!;
  if (kind === 'float') return c.type === 'long' ? longToFloat(c.value) : Math.fround(v!);
  return c.type === 'long' ? Number(c.value) : v!;
}
const floatIsh = (c: Constant): boolean => c.type === 'float' || c.type === 'double';

/** Casts a constant to a primitive type (JLS §5.5), or null if that is not a legal cast. */
export function castConstant(c: Constant, to: PrimitiveName | 'String'): Constant | null {
  if (to === 'String') return c.type === 'String' ? c : null;
  if (c.type === 'String') return null;
  if (to === 'boolean' || c.type === 'boolean') return to === c.type ? c : null;
  switch (to) {
    case 'double':
      return { type: 'double', value: asKind(c, 'double') as number };
    case 'float':
      return { type: 'float', value: asKind(c, 'float') as number };
    case 'long':
      return { type: 'long', value: asKind(c, 'long') as bigint };
    default: {
      // to int first (floating values via §5.1.3 step 1), then narrow to byte/short/char
      const i = c.type === 'long' ? Number(BigInt.asIntN(32, c.value)) : floatIsh(c) ? floatToInt(c.value as number) : (c.value as number);
      if (to === 'int') return { type: 'int', value: i };
      if (to === 'byte') return { type: 'byte', value: (i << 24) >> 24 };
      if (to === 'short') return { type: 'short', value: (i << 16) >> 16 };
      return { type: 'char', value: i & 0xffff };
    }
  }
}

// ---------------------------------------------------------------- unary and binary folding

export function foldUnary(op: UnaryOp, c: Constant): Constant | null {
  if (op === '!') return c.type === 'boolean' ? { type: 'boolean', value: !c.value } : null;
  if (c.type === 'boolean' || c.type === 'String') return null;
  const kind = promoteKind(c.type);
  const v = asKind(c, kind);
  switch (op) {
    case '+':
      return make(kind, v);
    case '-':
      return make(kind, typeof v === 'bigint' ? -v : -v);
    case '~':
      if (kind === 'int') return make(kind, ~(v as number));
      if (kind === 'long') return make(kind, ~(v as bigint));
      return null;
    default:
      return null; // ++/-- are never constant
  }
}

function promoteKind(t: Num['type']): NumKind {
  return t === 'long' || t === 'float' || t === 'double' ? t : 'int';
}
function binaryKind(a: Num['type'], b: Num['type']): NumKind {
  if (a === 'double' || b === 'double') return 'double';
  if (a === 'float' || b === 'float') return 'float';
  if (a === 'long' || b === 'long') return 'long';
  return 'int';
}

function make(kind: NumKind, v: number | bigint): Constant {
  switch (kind) {
    case 'int':
      return { type: 'int', value: wrapInt(v as number) };
    case 'long':
      return { type: 'long', value: wrapLong(v as bigint) };
    case 'float':
      return { type: 'float', value: Math.fround(v as number) };
    case 'double':
      return { type: 'double', value: v as number };
  }
}

/** Folds `a op b` for constant operands (already type-checked), or null if not constant. */
export function foldBinary(op: BinaryOp, a: Constant, b: Constant): Constant | null {
  if (op === '+' && (a.type === 'String' || b.type === 'String')) {
    return { type: 'String', value: constantToString(a) + constantToString(b) };
  }
  if (a.type === 'String' || b.type === 'String') {
    return null; // == on strings is not a constant expression in our folding (JLS §15.29 allows it, but interning makes it runtime-equal anyway)
  }
  if (a.type === 'boolean' || b.type === 'boolean') return foldBoolean(op, a, b);
  if (op === '<<' || op === '>>' || op === '>>>') return foldShift(op, a, b);
  const kind = binaryKind(a.type, b.type);
  const x = asKind(a, kind);
  const y = asKind(b, kind);
  switch (op) {
    case '<':
      return bool(x < y);
    case '>':
      return bool(x > y);
    case '<=':
      return bool(x <= y);
    case '>=':
      return bool(x >= y);
    case '==':
      return bool(x === y); // NaN != NaN, 0.0 == -0.0 as in Java
    case '!=':
      return bool(x !== y);
    default:
      return kind === 'int' || kind === 'long' ? foldIntegral(op, kind, x, y) : foldFloating(op, kind, x as number, y as number);
  }
}

const bool = (value: boolean): Constant => ({ type: 'boolean', value });

function foldBoolean(op: BinaryOp, a: Constant, b: Constant): Constant | null {
  if (a.type !== 'boolean' || b.type !== 'boolean') return null;
  switch (op) {
    case '&':
    case '&&':
      return bool(a.value && b.value);
    case '|':
    case '||':
      return bool(a.value || b.value);
    case '^':
    case '!=':
      return bool(a.value !== b.value);
    case '==':
      return bool(a.value === b.value);
    default:
      return null;
  }
}

function foldIntegral(op: BinaryOp, kind: 'int' | 'long', x: number | bigint, y: number | bigint): Constant | null {
  if (kind === 'int') {
    const a = x as number;
    const b = y as number;
    switch (op) {
      case '+': return make(kind, a + b);
      case '-': return make(kind, a - b);
      case '*': return make(kind, Math.imul(a, b));
      case '/': return b === 0 ? null : make(kind, Math.trunc(a / b)); // division by zero is not folded
      case '%': return b === 0 ? null : make(kind, a % b);
      case '&': return make(kind, a & b);
      case '|': return make(kind, a | b);
      case '^': return make(kind, a ^ b);
      default: return null;
    }
  }
  const a = x as bigint;
  const b = y as bigint;
  switch (op) {
    case '+': return make(kind, a + b);
    case '-': return make(kind, a - b);
    case '*': return make(kind, a * b);
    case '/': return b === 0n ? null : make(kind, a / b); // division by zero is not folded (runtime ArithmeticException)
    case '%': return b === 0n ? null : make(kind, a % b);
    case '&': return make(kind, a & b);
    case '|': return make(kind, a | b);
    case '^': return make(kind, a ^ b);
    default: return null;
  }
}

function foldFloating(op: BinaryOp, kind: 'float' | 'double', a: number, b: number): Constant | null {
  switch (op) {
    case '+': return make(kind, a + b);
    case '-': return make(kind, a - b);
    case '*': return make(kind, a * b);
    case '/': return make(kind, a / b);
    case '%': return make(kind, a % b); // JS % is C fmod, as Java's floating % (JLS §15.17.3)
    default: return null;
  }
}

/** JLS §15.19: each operand promoted separately; count masked to 5 or 6 bits. */
function foldShift(op: '<<' | '>>' | '>>>', a: Num, b: Num): Constant | null {
  const leftKind = promoteKind(a.type);
  const rightKind = promoteKind(b.type);
  if (leftKind !== 'int' && leftKind !== 'long') return null;
  if (rightKind !== 'int' && rightKind !== 'long') return null;
  const count = rightKind === 'long' ? Number(BigInt.asUintN(6, b.value as bigint)) : (b.value as number);
  if (leftKind === 'int') {
    const x = asKind(a, 'int') as number;
    const n = count & 31;
    if (op === '<<') return make('int', x << n);
    if (op === '>>') return make('int', x >> n);
    return make('int', (x >>> n) | 0);
  }
  const x = a.value as bigint;
  const n = BigInt(count & 63);
  if (op === '<<') return make('long', x << n);
  if (op === '>>') return make('long', x >> n);
  return make('long', BigInt.asUintN(64, x) >> n);
}

// ---------------------------------------------------------------- String conversion (JLS §5.1.11)

/** How Java's String conversion spells a constant (Integer/Long/Float/Double/Character.toString). */
export function constantToString(c: Constant): string {
  switch (c.type) {
    case 'String':
      return c.value;
    case 'boolean':
      return c.value ? 'true' : 'false';
    case 'char':
      return String.fromCharCode(c.value);
    case 'long':
      return c.value.toString();
    case 'float':
      return javaFloatingToString(c.value, true);
    case 'double':
      return javaFloatingToString(c.value, false);
    default:
      return String(c.value);
  }
}

/**
 * Double.toString / Float.toString exactly as JDK 17 prints them (not always the shortest
 * digits: e.g. 4.9E-324, 1.17549435E-38f, 9.999999999999999E22), shared with the runtime's
 * natives so folded constants and run-time conversions agree.
 */
export function javaFloatingToString(v: number, isFloat: boolean): string {
  return isFloat ? javaFloatToString(v) : javaDoubleToString(v);
}

/** Constant equality for duplicate switch labels. */
export function constantKey(c: Constant): string {
  return `${c.type === 'String' ? 's' : 'n'}:${String(c.value)}`;
}
