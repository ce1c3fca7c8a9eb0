// Double.parseDouble and Float.parseFloat with JDK 17's grammar and messages (the grammar of
// Double.valueOf(String): trimmed, optional sign, "NaN", "Infinity", decimal with optional
// exponent, or hex significand with a binary exponent, optional f/F/d/D suffix). The value
// is the exact decimal (or hex) number rounded once to the target format, ties to even, so
// a float is never double-rounded through a double.
// Hands on: javaParseDouble, javaParseFloat, and JavaNumberFormatError (the NFE message).

import { BINARY32, BINARY64, bitLength, roundRational, type BinaryFormat } from './rounding.ts';

/** A malformed number; `message` is the JDK's NumberFormatException detail message. */
export class JavaNumberFormatError extends Error {}

/** Significant digits kept exactly (FloatingDecimal.MAX_NDIGITS); more only round as sticky. */
const MAX_NDIGITS = 1100;

/** String.trim(): strips chars <= ' ' from both ends. */
function javaTrim(s: string): string {
  let st = 0;
  let len = s.length;
  while (st < len && s.charCodeAt(st) <= 32) st++;
  while (st < len && s.charCodeAt(len - 1) <= 32) len--;
  return s.substring(st, len);
}

/** Exact powers of ten as doubles (10^22 is the largest exactly representable one). */
const TEN_POW: number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Clinger's fast path: when the digits and the power of ten are both exact in the working
 * precision, one IEEE multiplication or division rounds correctly. For float the double
 * operation on float-exact operands is followed by one more rounding, which is still exact
 * because 53 >= 2 * 24 + 2. Returns null when the fast path does not apply.
 */
function fastPath(digits: string, exp10: bigint, fmt: BinaryFormat): number | null {
  const float = fmt === BINARY32;
  if (digits.length > (float ? 7 : 15)) return null;
  const limit = float ? 10n : 22n;
  if (exp10 > limit || exp10 < -limit) return null;
  const d = Number(digits);
  const e = Number(exp10);
  const v = e >= 0 ? d * TEN_POW[e]! : d / TEN_POW[-e]!;
  return float ? Math.fround(v) : v;
}

/** digits * 10^exp10 (digits without leading zeros, non-empty) rounded to fmt. */
function decimalValue(digits: string, exp10: bigint, fmt: BinaryFormat): number {
  const fast = fastPath(digits, exp10, fmt);
  if (fast !== null) return fast;
  const magnitude = exp10 + BigInt(digits.length); // value < 10^magnitude
  if (magnitude < BigInt(fmt.tiny)) return 0;
  if (magnitude > BigInt(fmt.huge)) return Infinity;
  const e = Number(exp10);
  const d = BigInt(digits);
  return e >= 0 ? roundRational(d * 10n ** BigInt(e), 1n, fmt) : roundRational(d, 10n ** BigInt(-e), fmt);
}

const HEX_PATTERN = /^([-+])?0[xX](?:([0-9a-fA-F]+)\.?|([0-9a-fA-F]*)\.([0-9a-fA-F]+))[pP]([-+])?([0-9]+)[fFdD]?$/;

/** FloatingDecimal.parseHexString: "0x1.8p3" and friends. */
function parseHex(s: string, fmt: BinaryFormat): number {
  const m = HEX_PATTERN.exec(s);
  if (!m) throw new JavaNumberFormatError(`For input string: "${s}"`);
  const negative = m[1] === '-';
  const intPart = m[2] ?? m[3] ?? '';
  const fracPart = m[2] !== undefined ? '' : (m[4] ?? '');
  const all = (intPart + fracPart).replace(/^0+/, '');
  let exp2 = BigInt(m[6]!) * (m[5] === '-' ? -1n : 1n) - BigInt(4 * fracPart.length);
  let value: number;
  if (all === '') {
    value = 0;
  } else {
    const mant = BigInt('0x' + all);
    const top = exp2 + BigInt(bitLength(mant)); // value < 2^top
    if (top < BigInt(fmt.minExp - fmt.mantBits - 1)) value = 0;
    else if (top > BigInt(fmt.maxExp + 2)) value = Infinity;
    else {
      const e = Number(exp2);
      exp2 = 0n;
      value = e >= 0 ? roundRational(mant << BigInt(e), 1n, fmt) : roundRational(mant, 1n << BigInt(-e), fmt);
    }
  }
  return negative ? -value : value;
}

/**
 * FloatingDecimal.readJavaFormatString: scans the (trimmed) input exactly as JDK 17 does,
 * including which malformed inputs say "multiple points" and which "For input string".
 */
function parse(input: string, fmt: BinaryFormat): number {
  const s = javaTrim(input);
  const len = s.length;
  if (len === 0) throw new JavaNumberFormatError('empty String');
  const fail = (): never => {
    throw new JavaNumberFormatError(`For input string: "${s}"`);
  };
  let i = 0;
  let negative = false;
  if (s[0] === '-' || s[0] === '+') {
    negative = s[0] === '-';
    i++;
  }
  if (i >= len) fail();
  const c0 = s[i];
  if (c0 === 'N') return s.substring(i) === 'NaN' ? NaN : fail();
  if (c0 === 'I') return s.substring(i) === 'Infinity' ? (negative ? -Infinity : Infinity) : fail();
  if (c0 === '0' && i + 1 < len && (s[i + 1] === 'x' || s[i + 1] === 'X')) return parseHex(s, fmt);

  let decSeen = false;
  let nLeadZero = 0;
  let fracLeadZero = 0; // leading zeros after the point: they scale the value down
  let digits = '';
  let digitsBeforePoint = 0;
  // Leading zeros (and a point among them) carry no digits.
  for (; i < len; i++) {
    const c = s[i];
    if (c === '0') {
      nLeadZero++;
      if (decSeen) fracLeadZero++;
    } else if (c === '.') {
      if (decSeen) throw new JavaNumberFormatError('multiple points');
      decSeen = true;
    } else break;
  }
  for (; i < len; i++) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') {
      digits += c;
      if (!decSeen) digitsBeforePoint++;
    } else if (c === '.') {
      if (decSeen) throw new JavaNumberFormatError('multiple points');
      decSeen = true;
    } else break;
  }
  const significant = digits.replace(/0+$/, '');
  if (significant === '' && nLeadZero === 0) fail(); // no digits at all
  let exp10 = BigInt(digitsBeforePoint - digits.length - fracLeadZero);
  if (i < len && (s[i] === 'e' || s[i] === 'E')) {
    i++;
    if (i >= len) fail();
    let sign = 1n;
    if (s[i] === '-' || s[i] === '+') {
      sign = s[i] === '-' ? -1n : 1n;
      i++;
    }
    const expAt = i;
    while (i < len && s[i]! >= '0' && s[i]! <= '9') i++;
    if (i === expAt) fail();
    exp10 += sign * BigInt(s.substring(expAt, i));
  }
  if (i < len && (i !== len - 1 || !'fFdD'.includes(s[i]!))) fail();
  if (significant === '') return negative ? -0 : 0;
  exp10 += BigInt(digits.length - significant.length);
  let kept = significant;
  if (kept.length > MAX_NDIGITS) {
    // Beyond 1100 digits only "something non-zero follows" matters for rounding (the last
    // kept digit is non-zero after trimming), so keep a sticky 1 like FloatingDecimal; this
    // also bounds the host work for absurdly long inputs.
    exp10 += BigInt(kept.length - MAX_NDIGITS - 1);
    kept = kept.substring(0, MAX_NDIGITS) + '1';
  }
  const value = decimalValue(kept, exp10, fmt);
  return negative ? -value : value;
}

/** Double.parseDouble(s) for a non-null s; throws JavaNumberFormatError. */
export function javaParseDouble(s: string): number {
  return parse(s, BINARY64);
}

/** Float.parseFloat(s) for a non-null s, as a float value; throws JavaNumberFormatError. */
export function javaParseFloat(s: string): number {
  return Math.fround(parse(s, BINARY32));
}
