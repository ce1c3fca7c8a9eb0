// Literal decoding (JLS §3.3, §3.10): turns the source text of a numeric, character or string
// literal into its value, or says exactly why it is illegal. Used by ast-builder.ts, which turns
// a failure into a diagnostic at the literal (plus `offset` when the fault is inside it).

import type { DiagnosticName } from './diagnostics.ts';

export type Decoded<T> =
  | { ok: true; value: T }
  | { ok: false; diag: DiagnosticName; arg: string; offset: number };

const fail = (diag: DiagnosticName, arg: string, offset = 0): { ok: false; diag: DiagnosticName; arg: string; offset: number } =>
  ({ ok: false, diag, arg, offset });

// ---------------------------------------------------------------- integers (JLS §3.10.1)

const decimalRe = /^(?:0|[1-9](?:[0-9_]*[0-9])?)$/;
const octalRe = /^0_*[0-7](?:[0-7_]*[0-7])?$/;
const hexRe = /^0[xX][0-9a-fA-F](?:[0-9a-fA-F_]*[0-9a-fA-F])?$/;
const binaryRe = /^0[bB][01](?:[01_]*[01])?$/;

export interface IntegerValue {
  type: 'int' | 'long';
  value: number | bigint;
}

/**
 * Decodes an int or long literal. `negated` says the literal is the direct operand of unary
 * minus, the only place `2147483648` and `9223372036854775808L` are legal; the returned value
 * is then already negated.
 */
export function decodeInteger(text: string, negated: boolean): Decoded<IntegerValue> {
  const isLong = /[lL]$/.test(text);
  const body = isLong ? text.slice(0, -1) : text;
  const parsed = parseIntegerBody(body);
  if (parsed === null) return fail('MalformedLiteral', text);
  const { magnitude, decimal } = parsed;
  const bits = isLong ? 64n : 32n;
  const signedMax = (1n << (bits - 1n)) - 1n;
  if (decimal) {
    // JLS §3.10.1: 2^31 / 2^63 may appear only as the operand of unary minus.
    if (magnitude > signedMax + (negated ? 1n : 0n)) return fail('IntegerLiteralTooLarge', body);
  } else if (magnitude >= 1n << bits) return fail('IntegerLiteralTooLarge', body);
  let v = BigInt.asIntN(Number(bits), magnitude);
  if (negated) v = BigInt.asIntN(Number(bits), -v);
  return { ok: true, value: isLong ? { type: 'long', value: v } : { type: 'int', value: Number(v) } };
}

function parseIntegerBody(body: string): { magnitude: bigint; decimal: boolean } | null {
  const clean = body.replace(/_/g, '');
  if (hexRe.test(body)) return { magnitude: BigInt('0x' + clean.slice(2)), decimal: false };
  if (binaryRe.test(body)) return { magnitude: BigInt('0b' + clean.slice(2)), decimal: false };
  if (body.length > 1 && body[0] === '0') {
    return octalRe.test(body) ? { magnitude: BigInt('0o' + clean.slice(1)), decimal: false } : null;
  }
  return decimalRe.test(body) ? { magnitude: BigInt(clean), decimal: true } : null;
}

// ---------------------------------------------------------------- floating point (JLS §3.10.2)

const D = '[0-9](?:[0-9_]*[0-9])?';
const H = '[0-9a-fA-F](?:[0-9a-fA-F_]*[0-9a-fA-F])?';
const decimalFloatRe = new RegExp(
  `^(?:(${D})\\.(${D})?|\\.(${D})|(${D}))(?:[eE]([+-]?${D}))?([fFdD]?)$`,
);
const hexFloatRe = new RegExp(`^0[xX](?:(${H})\\.?|(${H})?\\.(${H}))[pP]([+-]?${D})([fFdD]?)$`);

export interface FloatValue {
  type: 'float' | 'double';
  value: number;
}

/** IEEE 754 binary32 and binary64: significand bits, least exponent, and overflow bound. */
const FORMATS = {
  float: { mant: 24, minExp: -149, maxExp: 128 },
  double: { mant: 53, minExp: -1074, maxExp: 1024 },
} as const;

/**
 * Decodes a float or double literal with ONE correctly rounded (round-half-even) conversion
 * from the exact decimal or hexadecimal value, never decimal->double->float, which would round
 * twice. Nonzero literals that round to zero or infinity are errors (JLS §3.10.2).
 */
export function decodeFloat(text: string): Decoded<FloatValue> {
  const exact = text.startsWith('0x') || text.startsWith('0X') ? hexFloatExact(text) : decimalFloatExact(text);
  if (exact === null) return fail('MalformedLiteral', text);
  const type = /[fF]$/.test(text) ? 'float' : 'double';
  if (exact.num === 0n) return { ok: true, value: { type, value: 0 } };
  if (exact.magnitude > 1300) return fail('FloatLiteralTooLarge', text);
  if (exact.magnitude < -1300) return fail('FloatLiteralTooSmall', text);
  const value = roundToBinary(exact.num, exact.den, FORMATS[type]);
  if (value === Infinity) return fail('FloatLiteralTooLarge', text);
  if (value === 0) return fail('FloatLiteralTooSmall', text);
  return { ok: true, value: { type, value } };
}

/** An exact positive rational num/den, and a rough base-2 magnitude used to refuse absurd exponents. */
interface Exact {
  num: bigint;
  den: bigint;
  magnitude: number;
}

function decimalFloatExact(text: string): Exact | null {
  const m = decimalFloatRe.exec(text);
  if (m === null) return null;
  const intPart = (m[1] ?? m[4] ?? '').replace(/_/g, '');
  const fracPart = (m[2] ?? m[3] ?? '').replace(/_/g, '');
  const exp = Number((m[5] ?? '0').replace(/_/g, '')) - fracPart.length;
  const digits = (intPart + fracPart).replace(/^0+/, '');
  if (digits === '') return { num: 0n, den: 1n, magnitude: 0 };
  const magnitude = (exp + digits.length) * 3.33;
  if (Math.abs(magnitude) > 1300) return { num: 1n, den: 1n, magnitude };
  const mant = BigInt(digits);
  return exp >= 0
    ? { num: mant * 10n ** BigInt(exp), den: 1n, magnitude }
    : { num: mant, den: 10n ** BigInt(-exp), magnitude };
}

function hexFloatExact(text: string): Exact | null {
  const m = hexFloatRe.exec(text);
  if (m === null) return null;
  const intPart = (m[1] ?? m[2] ?? '').replace(/_/g, '');
  const fracPart = (m[3] ?? '').replace(/_/g, '');
  const exp = Number(m[4]!.replace(/_/g, '')) - 4 * fracPart.length;
  const digits = (intPart + fracPart).replace(/^0+/, '');
  if (digits === '') return { num: 0n, den: 1n, magnitude: 0 };
  const magnitude = exp + 4 * digits.length;
  if (Math.abs(magnitude) > 1300) return { num: 1n, den: 1n, magnitude };
  const mant = BigInt('0x' + digits);
  return exp >= 0 ? { num: mant << BigInt(exp), den: 1n, magnitude } : { num: mant, den: 1n << BigInt(-exp), magnitude };
}

/** Rounds num/den (> 0) to the nearest value of the format, ties to even; 0 or Infinity when out of range. */
export function roundToBinary(num: bigint, den: bigint, fmt: { mant: number; minExp: number; maxExp: number }): number {
  const top = 1n << BigInt(fmt.mant);
  let e = Math.max(bitLength(num) - bitLength(den) - fmt.mant, fmt.minExp);
  for (;;) {
    const [q, r, d] = divideScaled(num, den, e);
    if (q >= top) {
      e++;
      continue;
    }
    if (q < top >> 1n && e > fmt.minExp) {
      e--;
      continue;
    }
    let rounded = q;
    const twice = 2n * r;
    if (twice > d || (twice === d && (q & 1n) === 1n)) rounded++;
    if (rounded === top) {
      rounded >>= 1n;
      e++;
    }
    if (e + bitLength(rounded) > fmt.maxExp) return Infinity;
    return Number(rounded) * 2 ** e; // exact: both factors and the product are representable
  }
}

/** Quotient and remainder of num / (den * 2^e), and the divisor used. */
function divideScaled(num: bigint, den: bigint, e: number): [bigint, bigint, bigint] {
  if (e >= 0) {
    const d = den << BigInt(e);
    return [num / d, num % d, d];
  }
  const n = num << BigInt(-e);
  return [n / den, n % den, den];
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

// ---------------------------------------------------------------- characters and strings (JLS §3.10.4-7)

/**
 * JLS §3.3: `\uXXXX` (any number of `u`s) is translated before anything else, but only when
 * the backslash is preceded by an even number of raw backslashes. Returns the translated text
 * and, for each translated character, its offset in `raw` (for error positions).
 */
export function translateUnicodeEscapes(raw: string): Decoded<{ text: string; map: number[] }> {
  let text = '';
  const map: number[] = [];
  let backslashes = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\' && backslashes % 2 === 0 && raw[i + 1] === 'u') {
      let j = i + 1;
      while (raw[j] === 'u') j++;
      const hex = raw.slice(j, j + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail('IllegalEscape', 'illegal unicode escape', i);
      text += String.fromCharCode(parseInt(hex, 16));
      map.push(i);
      i = j + 3;
      backslashes = 0; // a translated character never begins or counts toward another escape
      continue;
    }
    backslashes = c === '\\' ? backslashes + 1 : 0;
    text += c;
    map.push(i);
  }
  return { ok: true, value: { text, map } };
}

const simpleEscapes: Record<string, string> = {
  b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', s: ' ', '"': '"', "'": "'", '\\': '\\',
};

/** Decodes the inside of a literal delimited by `quote` (escapes per JLS §3.10.7). */
function unescapeBody(raw: string, quote: '"' | "'"): Decoded<string> {
  const translated = translateUnicodeEscapes(raw);
  if (!translated.ok) return translated;
  const { text, map } = translated.value;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return fail('MalformedLiteral', 'line terminator in literal (from a unicode escape)', map[i]);
    if (c === quote) return fail('MalformedLiteral', `unescaped ${quote} in literal (from a unicode escape)`, map[i]);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) return fail('IllegalEscape', '\\', map[i]);
    const simple = simpleEscapes[next];
    if (simple !== undefined) {
      out += simple;
      i++;
      continue;
    }
    const octal = /^(?:[0-3][0-7]{2}|[0-7]{1,2})/.exec(text.slice(i + 1, i + 4));
    if (octal === null) return fail('IllegalEscape', '\\' + next, map[i]);
    out += String.fromCharCode(parseInt(octal[0], 8));
    i += octal[0].length;
  }
  return { ok: true, value: out };
}

/** `'a'`, `'\n'`, `'\u0041'` -> the UTF-16 code unit. Exactly one code unit is required. */
export function decodeChar(text: string): Decoded<number> {
  const body = unescapeBody(text.slice(1, -1), "'");
  if (!body.ok) return { ...body, offset: body.offset + 1 };
  if (body.value.length === 0) return fail('MalformedLiteral', 'empty character literal');
  if (body.value.length > 1) return fail('MalformedLiteral', `unclosed character literal ${text}`);
  return { ok: true, value: body.value.charCodeAt(0) };
}

/** `"a\tb"` -> the decoded string. */
export function decodeString(text: string): Decoded<string> {
  const body = unescapeBody(text.slice(1, -1), '"');
  return body.ok ? body : { ...body, offset: body.offset + 1 };
}
