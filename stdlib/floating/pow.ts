// Math.pow as HotSpot's intrinsic answers it. V8's pow (an fdlibm port) is often 1 ulp off
// for integer exponents (10^-4 gives 9.999999999999999E-5; HotSpot gives 1.0E-4); HotSpot's
// is correctly rounded there in practice, so integer exponents are computed exactly and
// rounded once. Other exponents use the host's pow (documented: may differ in the last bit).
// Hands on: javaPow.

import { BINARY64, bitLength, roundRational } from './rounding.ts';

/** Largest |exponent| computed exactly; beyond it the host pow is used. */
const MAX_EXACT_EXPONENT = 1100;

const view = new DataView(new ArrayBuffer(8));

/** x = sign * m * 2^e with m an odd integer (x finite, non-zero). */
function decompose(x: number): { negative: boolean; m: bigint; e: number } {
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  let m = bits & 0xfffffffffffffn;
  let e: number;
  if (biased === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  return { negative, m, e };
}

/** Math.pow(x, y) (JLS/Javadoc special cases first, then exact for integer y). */
export function javaPow(x: number, y: number): number {
  if (Number.isNaN(y)) return NaN;
  if (y === 0) return 1;
  if ((x === 1 || x === -1) && !Number.isFinite(y)) return NaN; // JS says 1, Java NaN
  if (!Number.isFinite(x) || x === 0 || Number.isNaN(x) || !Number.isInteger(y) || Math.abs(y) > MAX_EXACT_EXPONENT) {
    return x ** y;
  }
  const { negative, m, e } = decompose(x);
  const k = Math.abs(y);
  const p = m ** BigInt(k);
  const twoExp = e * k;
  // Certain overflow/underflow without building huge numbers: |x^y| ~ 2^(bits + twoExp).
  const log2 = (y > 0 ? 1 : -1) * (bitLength(p) + twoExp);
  let magnitude: number;
  if (log2 > 1100) magnitude = Infinity;
  else if (log2 < -1200) magnitude = 0;
  else if (y > 0) {
    magnitude = twoExp >= 0 ? roundRational(p << BigInt(twoExp), 1n, BINARY64) : roundRational(p, 1n << BigInt(-twoExp), BINARY64);
  } else {
    magnitude = twoExp >= 0 ? roundRational(1n, p << BigInt(twoExp), BINARY64) : roundRational(1n << BigInt(-twoExp), p, BINARY64);
  }
  return negative && k % 2 === 1 ? -magnitude : magnitude;
}
