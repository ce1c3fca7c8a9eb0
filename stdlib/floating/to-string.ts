// Double.toString and Float.toString exactly as JDK 17 prints them. JDK 17 still uses the
// old sun.misc/jdk.internal.math FloatingDecimal "dtoa" (JDK 19 switched to the shortest-
// digits Ryu-like algorithm), which is NOT always shortest: it stops on a symmetric half-ulp
// test, forces a second digit in E-form, and its int/long fast paths wrap around like Java
// ints and longs. This is a transcription of that algorithm's arithmetic; the int and long
// paths emulate 32/64-bit wraparound so even its quirks come out the same.
// Hands on: javaDoubleToString(d), javaFloatToString(f).

const EXP_SHIFT = 52;
const FRACT_HOB = 1n << 52n;
const EXP_ONE = 0x3ff0000000000000n;
const SIGNIF_BIT_MASK = 0x000fffffffffffffn;
const MAX_SMALL_BIN_EXP = 62;
const MIN_SMALL_BIN_EXP = -21;

/** 5^i as int (i < 14) and as long (i < 28), the JDK's SMALL_5_POW / LONG_5_POW. */
const SMALL_5_POW: number[] = Array.from({ length: 14 }, (_, i) => 5 ** i);
const LONG_5_POW: bigint[] = Array.from({ length: 28 }, (_, i) => 5n ** BigInt(i));

/** Approximately ceil(log2(5^i)) (the JDK's N_5_BITS table). */
const N_5_BITS = [
  0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45, 47, 49, 52, 54, 56, 59, 61,
];

/** insignificantDigits(1L << p2): how many low decimal digits of 2^p2 carry no information. */
const INSIGNIFICANT_DIGITS_NUMBER = [
  0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9, 9,
  10, 10, 10, 11, 11, 11, 12, 12, 12, 12, 13, 13, 13, 14, 14, 14, 15, 15, 15, 15, 16, 16, 16, 17, 17,
  17, 18, 18, 18, 19,
];

const i32 = (x: number): number => x | 0;
const i64 = (x: bigint): bigint => BigInt.asIntN(64, x);

/** The decimal digits and exponent dtoa develops: value = 0.d1d2d3... * 10^decExponent. */
interface Decimal {
  digits: number[];
  decExponent: number;
}

const scratchView = new DataView(new ArrayBuffer(8));

function doubleBits(d: number): bigint {
  scratchView.setFloat64(0, d);
  return scratchView.getBigUint64(0);
}

function bitsToDouble(bits: bigint): number {
  scratchView.setBigUint64(0, BigInt.asUintN(64, bits));
  return scratchView.getFloat64(0);
}

/** Trailing zero bits of a non-zero 64-bit value, via its two 32-bit halves. */
function numberOfTrailingZeros64(x: bigint): number {
  const lo = Number(x & 0xffffffffn);
  if (lo !== 0) return 31 - Math.clz32(lo & -lo);
  const hi = Number((x >> 32n) & 0xffffffffn);
  return hi === 0 ? 64 : 63 - Math.clz32(hi & -hi);
}

function numberOfLeadingZeros64(x: bigint): number {
  const hi = Number((x >> 32n) & 0xffffffffn);
  return hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(Number(x & 0xffffffffn));
}

/** 5^i as bigint, memoised (the FDBigInteger path needs up to about 5^340). */
const POW5: bigint[] = [1n];
function pow5(i: number): bigint {
  while (POW5.length <= i) POW5.push(POW5[POW5.length - 1]! * 5n);
  return POW5[i]!;
}

/** Estimates floor(log10(d)) from the bits (FloatingDecimal.estimateDecExp). */
function estimateDecExp(fractBits: bigint, binExp: number): number {
  const d2 = bitsToDouble(EXP_ONE | (fractBits & SIGNIF_BIT_MASK));
  const d = (d2 - 1.5) * 0.289529654 + 0.176091259 + binExp * 0.301029995663981;
  const dBits = doubleBits(d);
  const exponent = Number((dBits >> 52n) & 0x7ffn) - 1023;
  const isNegative = (dBits >> 63n) !== 0n;
  if (exponent >= 0 && exponent < 52) {
    const mask = SIGNIF_BIT_MASK >> BigInt(exponent);
    const r = Number(((dBits & SIGNIF_BIT_MASK) | FRACT_HOB) >> BigInt(EXP_SHIFT - exponent));
    return isNegative ? ((mask & dBits) === 0n ? -r : -r - 1) : r;
  }
  if (exponent < 0) {
    return (dBits & ~(1n << 63n)) === 0n ? 0 : isNegative ? -1 : 0;
  }
  return Math.trunc(d);
}

/** The easy case: the value is an integer held in a long (developLongDigits). */
function developLongDigits(decExponentIn: number, lvalueIn: bigint, insignificantDigits: number): Decimal {
  let lvalue = lvalueIn;
  let decExponent = decExponentIn;
  if (insignificantDigits !== 0) {
    const pow10 = LONG_5_POW[insignificantDigits]! << BigInt(insignificantDigits);
    const residue = lvalue % pow10;
    lvalue /= pow10;
    decExponent += insignificantDigits;
    if (residue >= pow10 >> 1n) lvalue++;
  }
  // Digits are produced low to high, dropping trailing zeros into the exponent.
  const reversed: number[] = [];
  let c = Number(lvalue % 10n);
  lvalue /= 10n;
  while (c === 0) {
    decExponent++;
    c = Number(lvalue % 10n);
    lvalue /= 10n;
  }
  while (lvalue !== 0n) {
    reversed.push(c);
    decExponent++;
    c = Number(lvalue % 10n);
    lvalue /= 10n;
  }
  reversed.push(c);
  return { digits: reversed.reverse(), decExponent: decExponent + 1 };
}

/** State of the digit loop shared by the three arithmetic widths. */
interface DigitLoop {
  digits: number[];
  decExp: number;
  low: boolean;
  high: boolean;
  /** Sign of 2*remainder - 10*S at the stop (decides a tie); only its sign matters. */
  lowDigitDifference: number;
}

/**
 * The hard case: B/S = d * 10^-decExp with M half an ulp scaled like B; emit digits until
 * the remainder is within M of either end (FloatingDecimal.dtoa). Returns digits and exponent.
 */
function dtoa(binExp: number, fractBitsIn: bigint, nSignificantBits: number, isCompatibleFormat: boolean): Decimal {
  let fractBits = fractBitsIn;
  const tailZeros = numberOfTrailingZeros64(fractBits);
  const nFractBits = EXP_SHIFT + 1 - tailZeros;
  const nTinyBits = Math.max(0, nFractBits - binExp - 1);
  if (binExp <= MAX_SMALL_BIN_EXP && binExp >= MIN_SMALL_BIN_EXP) {
    if (nTinyBits < LONG_5_POW.length && nFractBits + N_5_BITS[nTinyBits]! < 64 && nTinyBits === 0) {
      const insignificant = binExp > nSignificantBits ? insignificantDigitsForPow2(binExp - nSignificantBits - 1) : 0;
      fractBits = binExp >= EXP_SHIFT ? i64(fractBits << BigInt(binExp - EXP_SHIFT)) : fractBits >> BigInt(EXP_SHIFT - binExp);
      return developLongDigits(0, fractBits, insignificant);
    }
  }
  let decExp = estimateDecExp(fractBits, binExp);
  const B5 = Math.max(0, -decExp);
  let B2 = B5 + nTinyBits + binExp;
  const S5 = Math.max(0, decExp);
  let S2 = S5 + nTinyBits;
  const M5 = B5;
  let M2 = B2 - nSignificantBits;

  fractBits >>= BigInt(tailZeros);
  B2 -= nFractBits - 1;
  const common2factor = Math.min(B2, S2);
  B2 -= common2factor;
  S2 -= common2factor;
  M2 -= common2factor;
  // For exact powers of two the next smaller value is only half as far away.
  if (nFractBits === 1) M2 -= 1;
  if (M2 < 0) {
    B2 -= M2;
    S2 -= M2;
    M2 = 0;
  }
  const Bbits = nFractBits + B2 + (B5 < N_5_BITS.length ? N_5_BITS[B5]! : B5 * 3);
  const tenSbits = S2 + 1 + (S5 + 1 < N_5_BITS.length ? N_5_BITS[S5 + 1]! : (S5 + 1) * 3);
  const ctx = { fractBits, B2, B5, S2, S5, M2, M5, isCompatibleFormat };
  let loop: DigitLoop;
  if (Bbits < 64 && tenSbits < 64) {
    loop = Bbits < 32 && tenSbits < 32 ? intLoop(ctx, decExp) : longLoop(ctx, decExp);
  } else {
    loop = bigLoop(ctx, decExp);
  }
  decExp = loop.decExp;
  const result: Decimal = { digits: loop.digits, decExponent: decExp + 1 };
  if (loop.high) {
    if (loop.low) {
      if (loop.lowDigitDifference === 0) {
        if ((result.digits[result.digits.length - 1]! & 1) !== 0) roundup(result);
      } else if (loop.lowDigitDifference > 0) {
        roundup(result);
      }
    } else {
      roundup(result);
    }
  }
  return result;
}

interface LoopInputs {
  fractBits: bigint;
  B2: number;
  B5: number;
  S2: number;
  S5: number;
  M2: number;
  M5: number;
  isCompatibleFormat: boolean;
}

/** E-form always gets at least two digits ("1.0E10"), so the first stop test is ignored. */
function forceSecondDigit(inp: LoopInputs, decExp: number): boolean {
  return !inp.isCompatibleFormat || decExp < -3 || decExp >= 8;
}

/** All quantities fit in Java ints; arithmetic wraps exactly as Java's int does. */
function intLoop(inp: LoopInputs, decExpIn: number): DigitLoop {
  let decExp = decExpIn;
  let b = i32(Math.imul(Number(inp.fractBits), SMALL_5_POW[inp.B5]!) << inp.B2);
  const s = i32(SMALL_5_POW[inp.S5]! << inp.S2);
  let m = i32(SMALL_5_POW[inp.M5]! << inp.M2);
  const tens = Math.imul(s, 10);
  const digits: number[] = [];
  let q = i32(b / s);
  b = Math.imul(10, b % s);
  m = Math.imul(m, 10);
  let low = b < m;
  let high = i32(b + m) > tens;
  if (q === 0 && !high) decExp--;
  else digits.push(q);
  if (forceSecondDigit(inp, decExp)) high = low = false;
  while (!low && !high) {
    q = i32(b / s);
    b = Math.imul(10, b % s);
    m = Math.imul(m, 10);
    if (m > 0) {
      low = b < m;
      high = i32(b + m) > tens;
    } else {
      low = true;
      high = true;
    }
    digits.push(q);
  }
  const lowDigitDifference = i32((b << 1) - tens);
  return { digits, decExp, low, high, lowDigitDifference: Math.sign(lowDigitDifference) };
}

/** All quantities fit in Java longs; arithmetic wraps exactly as Java's long does. */
function longLoop(inp: LoopInputs, decExpIn: number): DigitLoop {
  let decExp = decExpIn;
  let b = i64(i64(inp.fractBits * LONG_5_POW[inp.B5]!) << BigInt(inp.B2));
  const s = i64(LONG_5_POW[inp.S5]! << BigInt(inp.S2));
  let m = i64(LONG_5_POW[inp.M5]! << BigInt(inp.M2));
  const tens = i64(s * 10n);
  const digits: number[] = [];
  let q = Number(b / s);
  b = i64(10n * (b % s));
  m = i64(m * 10n);
  let low = b < m;
  let high = i64(b + m) > tens;
  if (q === 0 && !high) decExp--;
  else digits.push(q);
  if (forceSecondDigit(inp, decExp)) high = low = false;
  while (!low && !high) {
    q = Number(b / s);
    b = i64(10n * (b % s));
    m = i64(m * 10n);
    if (m > 0n) {
      low = b < m;
      high = i64(b + m) > tens;
    } else {
      low = true;
      high = true;
    }
    digits.push(q);
  }
  const diff = i64((b << 1n) - tens);
  return { digits, decExp, low, high, lowDigitDifference: diff === 0n ? 0 : diff > 0n ? 1 : -1 };
}

/** Arbitrary precision (the JDK's FDBigInteger path): exact, and high uses >= here. */
function bigLoop(inp: LoopInputs, decExpIn: number): DigitLoop {
  let decExp = decExpIn;
  const S = pow5(inp.S5) << BigInt(inp.S2);
  let B = (inp.fractBits * pow5(inp.B5)) << BigInt(inp.B2);
  let M = pow5(inp.M5 + 1) << BigInt(inp.M2 + 1);
  const tenS = S * 10n;
  const digits: number[] = [];
  let qb = B / S;
  let q = Number(qb);
  B = (B - qb * S) * 10n;
  let low = B < M;
  let high = B + M >= tenS;
  if (q === 0 && !high) decExp--;
  else digits.push(q);
  if (forceSecondDigit(inp, decExp)) high = low = false;
  while (!low && !high) {
    qb = B / S;
    q = Number(qb);
    B = (B - qb * S) * 10n;
    M *= 10n;
    low = B < M;
    high = B + M >= tenS;
    digits.push(q);
  }
  let lowDigitDifference = 0;
  if (high && low) {
    const twice = B << 1n;
    lowDigitDifference = twice === tenS ? 0 : twice > tenS ? 1 : -1;
  }
  return { digits, decExp, low, high, lowDigitDifference };
}

function insignificantDigitsForPow2(p2: number): number {
  return p2 > 1 && p2 < INSIGNIFICANT_DIGITS_NUMBER.length ? INSIGNIFICANT_DIGITS_NUMBER[p2]! : 0;
}

/** Adds one to the last digit, carrying; a carry out of the first digit bumps the exponent. */
function roundup(dec: Decimal): void {
  const d = dec.digits;
  let i = d.length - 1;
  let q = d[i]!;
  if (q === 9) {
    while (q === 9 && i > 0) {
      d[i] = 0;
      q = d[--i]!;
    }
    if (q === 9) {
      dec.decExponent += 1;
      d[0] = 1;
      return;
    }
  }
  d[i] = q + 1;
}

/** FloatingDecimal.getChars: plain form for 1e-3 <= |v| < 1e7, else d.dddE[-]n. */
function format(negative: boolean, dec: Decimal): string {
  const digits = dec.digits.join('');
  const n = digits.length;
  const e = dec.decExponent;
  let out: string;
  if (e > 0 && e < 8) {
    const intLen = Math.min(n, e);
    out = digits.substring(0, intLen);
    if (intLen < e) out += '0'.repeat(e - intLen) + '.0';
    else out += '.' + (intLen < n ? digits.substring(intLen) : '0');
  } else if (e <= 0 && e > -3) {
    out = '0.' + '0'.repeat(-e) + digits;
  } else {
    out = digits[0] + '.' + (n > 1 ? digits.substring(1) : '0') + 'E' + String(e - 1);
  }
  return negative ? '-' + out : out;
}

/** Double.toString(d) as printed by JDK 17. */
export function javaDoubleToString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  const bits = doubleBits(d);
  const negative = bits >> 63n !== 0n;
  let fractBits = bits & SIGNIF_BIT_MASK;
  let binExp = Number((bits >> 52n) & 0x7ffn);
  if (binExp === 0 && fractBits === 0n) return negative ? '-0.0' : '0.0';
  let nSignificantBits: number;
  if (binExp === 0) {
    // Subnormal: normalise so the high-order bit sits at bit 52.
    const leadingZeros = numberOfLeadingZeros64(fractBits);
    const shift = leadingZeros - (63 - EXP_SHIFT);
    fractBits <<= BigInt(shift);
    binExp = 1 - shift;
    nSignificantBits = 64 - leadingZeros;
  } else {
    fractBits |= FRACT_HOB;
    nSignificantBits = EXP_SHIFT + 1;
  }
  binExp -= 1023;
  return format(negative, dtoa(binExp, fractBits, nSignificantBits, true));
}

/** Float.toString(f) as printed by JDK 17 (f must already be a float value). */
export function javaFloatToString(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return 'Infinity';
  if (f === -Infinity) return '-Infinity';
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, f);
  const bits = view.getUint32(0);
  const negative = bits >>> 31 !== 0;
  let fractBits = bits & 0x7fffff;
  let binExp = (bits >>> 23) & 0xff;
  if (binExp === 0 && fractBits === 0) return negative ? '-0.0' : '0.0';
  let nSignificantBits: number;
  if (binExp === 0) {
    const leadingZeros = Math.clz32(fractBits);
    const shift = leadingZeros - (31 - 23);
    fractBits <<= shift;
    binExp = 1 - shift;
    nSignificantBits = 32 - leadingZeros;
  } else {
    fractBits |= 1 << 23;
    nSignificantBits = 24;
  }
  binExp -= 127;
  return format(negative, dtoa(binExp, BigInt(fractBits) << BigInt(EXP_SHIFT - 23), nSignificantBits, true));
}
