// Correct rounding of an exact rational number to IEEE-754 binary32/binary64, ties to even:
// the one primitive behind parseDouble/parseFloat (parse.ts) and the exact Math.pow for
// integer exponents (pow.ts). Hands on: roundRational, BINARY32, BINARY64, bitLength.

/** IEEE-754 binary formats: significand bits (with the hidden one), exponent range. */
export interface BinaryFormat {
  readonly mantBits: number;
  readonly minExp: number;
  readonly maxExp: number;
  /** Decimal magnitudes below 10^tiny round to zero; at or above 10^huge overflow. */
  readonly tiny: number;
  readonly huge: number;
}

export const BINARY64: BinaryFormat = { mantBits: 53, minExp: -1022, maxExp: 1023, tiny: -325, huge: 310 };
export const BINARY32: BinaryFormat = { mantBits: 24, minExp: -126, maxExp: 127, tiny: -46, huge: 40 };

export const bitLength = (x: bigint): number => (x === 0n ? 0 : x.toString(2).length);

/**
 * Rounds num/den (> 0) to the nearest value of `fmt`, ties to even; Infinity on overflow.
 * Works on exact integers, so every result is correctly rounded.
 */
export function roundRational(num: bigint, den: bigint, fmt: BinaryFormat): number {
  // k = floor(log2(num/den)).
  let k = bitLength(num) - bitLength(den);
  if (k >= 0 ? num < den << BigInt(k) : num << BigInt(-k) < den) k--;
  const e = Math.max(k, fmt.minExp);
  const shift = fmt.mantBits - 1 - e; // scale so the significand is an integer
  const n = shift >= 0 ? num << BigInt(shift) : num;
  const d = shift >= 0 ? den : den << BigInt(-shift);
  let q = n / d;
  const rem = n - q * d;
  const twice = rem * 2n;
  if (twice > d || (twice === d && (q & 1n) === 1n)) q++;
  let exp = e;
  if (q === 1n << BigInt(fmt.mantBits)) {
    q >>= 1n;
    exp++;
  }
  if (exp > fmt.maxExp) return Infinity;
  // q < 2^mantBits and the power of two is in range, so this product is exact.
  return Number(q) * 2 ** (exp - (fmt.mantBits - 1));
}
