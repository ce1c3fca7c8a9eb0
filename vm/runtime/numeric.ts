// Java's numeric conversions and comparisons that are more than one JS operator (JLS §5.1.3,
// JVMS §2.8.3, §6.5 f2i/d2l/l2f/fcmpl...). Pure functions, shared by the interpreter and
// tested directly against values recorded from java.

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;
const TWO_63 = 9223372036854775808; // 2^63 as a double

/** f2i / d2i: NaN -> 0, saturating at the int range, else truncation toward zero. */
export function toInt(v: number): number {
  if (v !== v) return 0;
  if (v >= INT_MAX) return INT_MAX;
  if (v <= INT_MIN) return INT_MIN;
  return Math.trunc(v) | 0;
}

/** f2l / d2l: NaN -> 0, saturating at the long range, else truncation toward zero. */
export function toLong(v: number): bigint {
  if (v !== v) return 0n;
  if (v >= TWO_63) return LONG_MAX;
  if (v <= -TWO_63) return LONG_MIN;
  return BigInt(Math.trunc(v));
}

/**
 * l2f with ONE rounding (round to nearest even), as Java does: Math.fround(Number(x)) would
 * round twice (to double, then to float) and can be off by one ulp for |x| >= 2^53. Keep 26
 * significant bits plus a sticky bit, which Number() converts exactly, then round once.
 */
export function longToFloat(x: bigint): number {
  const neg = x < 0n;
  let mag = neg ? -x : x;
  if (mag < 9007199254740992n) return Math.fround(Number(x));
  const shift = mag.toString(2).length - 26;
  const lost = mag & ((1n << BigInt(shift)) - 1n);
  mag = (mag >> BigInt(shift)) | (lost !== 0n ? 1n : 0n);
  const r = Math.fround(Number(mag)) * 2 ** shift;
  return neg ? -r : r;
}

/** fcmpl/dcmpl (nanResult -1) and fcmpg/dcmpg (nanResult 1). */
export function fcmp(a: number, b: number, nanResult: number): number {
  if (a > b) return 1;
  if (a < b) return -1;
  if (a === b) return 0;
  return nanResult;
}

export function lcmp(a: bigint, b: bigint): number {
  return a > b ? 1 : a < b ? -1 : 0;
}

/** ldiv (the caller checks for zero): truncating, Long.MIN_VALUE / -1 wraps to itself. */
export function ldiv(a: bigint, b: bigint): bigint {
  return BigInt.asIntN(64, a / b);
}

export function lshl(a: bigint, n: number): bigint {
  return BigInt.asIntN(64, a << BigInt(n & 63));
}

export function lshr(a: bigint, n: number): bigint {
  return a >> BigInt(n & 63);
}

export function lushr(a: bigint, n: number): bigint {
  return BigInt.asIntN(64, BigInt.asUintN(64, a) >> BigInt(n & 63));
}
