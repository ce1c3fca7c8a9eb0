// The pieces of .rfasm text syntax (docs/rfasm.md) that the assembler and disassembler must
// agree on: access-flag words, keywords, when a name needs quotes, and how float and double
// constants are written so that they read back bit-for-bit.

import { Access } from './classfile.ts';
import { bitsToFloat, floatToBits } from './constant-pool.ts';
import { ArrayType, type OpcodeInfo } from './opcodes.ts';

export type FlagContext = 'class' | 'field' | 'method';

/** Access-flag words per context (JVMS §4.1, §4.5, §4.6); other bits are written in hex. */
export const FLAG_WORDS: Readonly<Record<FlagContext, readonly (readonly [string, number])[]>> = {
  class: [
    ['public', Access.PUBLIC],
    ['final', Access.FINAL],
    ['super', Access.SUPER],
    ['interface', Access.INTERFACE],
    ['abstract', Access.ABSTRACT],
  ],
  field: [
    ['public', Access.PUBLIC],
    ['private', Access.PRIVATE],
    ['protected', Access.PROTECTED],
    ['static', Access.STATIC],
    ['final', Access.FINAL],
  ],
  method: [
    ['public', Access.PUBLIC],
    ['private', Access.PRIVATE],
    ['protected', Access.PROTECTED],
    ['static', Access.STATIC],
    ['final', Access.FINAL],
    ['native', Access.NATIVE],
    ['abstract', Access.ABSTRACT],
    ['bridge', Access.BRIDGE],
    ['synthetic', Access.SYNTHETIC],
  ],
};

/** newarray element type words (JVMS §6.5 newarray). */
export const ATYPE_WORDS: ReadonlyMap<string, number> = new Map([
  ['boolean', ArrayType.T_BOOLEAN],
  ['char', ArrayType.T_CHAR],
  ['float', ArrayType.T_FLOAT],
  ['double', ArrayType.T_DOUBLE],
  ['byte', ArrayType.T_BYTE],
  ['short', ArrayType.T_SHORT],
  ['int', ArrayType.T_INT],
  ['long', ArrayType.T_LONG],
]);

/** What an operand slot expects by default, so the common case needs no keyword. */
export type RefKind = 'class' | 'field' | 'method' | 'interfaceMethod' | 'literal' | 'utf8';

/** The default reference kind of an opcode's cp operand. */
export function cpOperandKind(op: OpcodeInfo): RefKind {
  if (op.name === 'ldc') return 'literal';
  if (op.flags.includes('field')) return 'field';
  if (op.name === 'invokeinterface') return 'interfaceMethod';
  if (op.flags.includes('invoke')) return 'method';
  return 'class';
}

/** Words with a meaning of their own; a name spelled like one is written in quotes. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  ...Object.values(FLAG_WORDS).flatMap((ws) => ws.map(([w]) => w)),
  'extends',
  'implements',
  'class',
  'Field',
  'Method',
  'InterfaceMethod',
  'String',
  'Utf8',
  'NameAndType',
  'floatbits',
  'doublebits',
  'any',
  'from',
  'to',
  'using',
  'at',
  'default',
  'NaN',
  'Infinity',
]);

/** A bare word that reads back as exactly this name (no '.', ':', '//', quotes, spaces). */
export function isBareName(s: string): boolean {
  return /^[A-Za-z_$<[(][A-Za-z0-9_$<>/;[()]*$/.test(s) && !s.includes('//') && !KEYWORDS.has(s);
}

/** A name as written: bare when safe, else a JSON string literal (which keeps any code unit). */
export function nameText(s: string): string {
  return isBareName(s) ? s : quoted(s);
}

export function quoted(s: string): string {
  return JSON.stringify(s);
}

/** Access flags as words, with any bits that have no word in this context in hex. */
export function flagsText(flags: number, ctx: FlagContext): string[] {
  const words: string[] = [];
  let rest = flags;
  for (const [w, bit] of FLAG_WORDS[ctx]) {
    if (flags & bit) {
      words.push(w);
      rest &= ~bit;
    }
  }
  if (rest) words.push(`0x${rest.toString(16).padStart(4, '0')}`);
  return words;
}

// ---------------------------------------------------------------------------------------
// Numbers. Integer 5, Long 5L, Float 1.5f, Double 1.5 (a '.' or exponent, or NaN/Infinity);
// NaNs with unusual payloads are written as `floatbits 0x...` / `doublebits 0x...`.

const CANONICAL_FLOAT_NAN = 0x7fc00000;
const CANONICAL_DOUBLE_NAN = 0x7ff8000000000000n;

function withPoint(s: string): string {
  return /[.eEN]/.test(s) ? s : `${s}.0`; // 'N' covers NaN and Infinity
}

export function doubleBits(v: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  return view.getBigUint64(0);
}

export function doubleFromBits(bits: bigint): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt.asUintN(64, bits));
  return view.getFloat64(0);
}

/** Shortest decimal that rounds (to binary32) back to exactly these bits. */
export function floatText(bits: number): string {
  const v = bitsToFloat(bits);
  if (Number.isNaN(v)) return bits === CANONICAL_FLOAT_NAN ? 'NaNf' : `floatbits 0x${(bits >>> 0).toString(16).padStart(8, '0')}`;
  if (Object.is(v, -0)) return '-0.0f';
  if (!Number.isFinite(v)) return `${v}f`;
  for (let p = 1; p <= 9; p++) {
    const s = String(Number(v.toPrecision(p)));
    if (floatToBits(Number(s)) === bits) return `${withPoint(s)}f`;
  }
  return `${withPoint(String(v))}f`;
}

export function doubleText(v: number): string {
  if (Number.isNaN(v)) {
    const bits = doubleBits(v);
    return bits === CANONICAL_DOUBLE_NAN ? 'NaN' : `doublebits 0x${bits.toString(16).padStart(16, '0')}`;
  }
  if (Object.is(v, -0)) return '-0.0';
  return withPoint(String(v));
}

/** A literal number token classified by its spelling. */
export type NumberLiteral =
  | { kind: 'int'; value: number }
  | { kind: 'long'; value: bigint }
  | { kind: 'float'; bits: number }
  | { kind: 'double'; value: number };

/** Reads a number word, or returns an error message. Hex ints may use all 32 (64) bits. */
export function parseNumber(word: string): NumberLiteral | string {
  let m = /^([-+]?)0[xX]([0-9a-fA-F]+)([lL]?)$/.exec(word);
  if (m) return integerLiteral(BigInt(`0x${m[2]}`) * (m[1] === '-' ? -1n : 1n), m[3] !== '', word, true);
  m = /^([-+]?\d+)([lL]?)$/.exec(word);
  if (m) return integerLiteral(BigInt(m[1]!), m[2] !== '', word, false);
  const fp = /^([-+]?(?:NaN|Infinity|\d+\.\d*(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+|\.\d+(?:[eE][-+]?\d+)?|\d+))([fFdD]?)$/.exec(word);
  if (!fp) return `'${word}' is not a number`;
  const value = Number(fp[1]!.replace(/^\+/, ''));
  if (fp[2] === 'f' || fp[2] === 'F') return { kind: 'float', bits: floatToBits(value) };
  return { kind: 'double', value };
}

function integerLiteral(v: bigint, isLong: boolean, word: string, hex: boolean): NumberLiteral | string {
  const bits = isLong ? 64 : 32;
  const min = -(1n << BigInt(bits - 1));
  const max = hex ? (1n << BigInt(bits)) - 1n : (1n << BigInt(bits - 1)) - 1n;
  if (v < min || v > max) return `${word} does not fit in ${isLong ? 'a long' : 'an int'}`;
  return isLong ? { kind: 'long', value: BigInt.asIntN(64, v) } : { kind: 'int', value: Number(BigInt.asIntN(32, v)) };
}
