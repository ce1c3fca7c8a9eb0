// Operand syntax of .rfasm shared by the assembler's directives and instructions: access
// flags, names (bare, quoted or `#index`), constant-pool constants in their symbolic forms,
// and checked numbers. Each reads tokens from a Cursor and adds entries to a pool builder.

import { CpTag } from './classfile.ts';
import type { ConstantPoolBuilder } from './constant-pool.ts';
import { Cursor, describe, type Token } from './rfasm-lexer.ts';
import { FLAG_WORDS, KEYWORDS, doubleFromBits, parseNumber, type FlagContext, type RefKind } from './rfasm-syntax.ts';

/** A pool reference waiting for the pool to exist (header names are resolved at class end). */
export type Deferred = (cp: ConstantPoolBuilder) => number;

const NUMBERISH = /^[-+]?(\d|\.\d|NaN|Infinity)/;
const MEMBER_TAG = { field: CpTag.Fieldref, method: CpTag.Methodref, interfaceMethod: CpTag.InterfaceMethodref } as const;

// ---- access flags --------------------------------------------------------------------

/** Access-flag words for the context, and hex numbers for any other bits. */
export function flags(cur: Cursor, ctx: FlagContext): number {
  let flags = 0;
  for (;;) {
    const t = cur.peek();
    if (t?.kind !== 'word') return flags;
    const word = FLAG_WORDS[ctx].find(([w]) => w === t.text);
    if (word) flags |= word[1];
    else if (/^0[xX][0-9a-fA-F]+$/.test(t.text)) flags |= checkedInt(cur, t, 0, 0xffff, 'access flags');
    else return flags;
    cur.next('flag');
  }
}

// ---- names and constants ---------------------------------------------------------

/** A name token's text; a bare keyword is refused so typos do not become names. */
export function nameToken(cur: Cursor, t: Token): string {
  if (t.kind === 'punct') cur.failAt(t, `expected a name, found ${describe(t)}`);
  if (t.kind === 'word' && KEYWORDS.has(t.text)) cur.failAt(t, `expected a name, found keyword '${t.text}' (quote it to use it as a name)`);
  return t.text;
}

export function rawIndex(cur: Cursor, t: Token): number {
  const m = t.kind === 'word' ? /^#(\d+)$/.exec(t.text) : null;
  if (!m) cur.failAt(t, `expected a constant-pool index like #12, found ${describe(t)}`);
  return checkedInt(cur, t, 0, 0xffff, 'constant-pool index', m[1]);
}

export function nameOrRaw(cur: Cursor, cp: ConstantPoolBuilder, t: Token, kind: 'utf8' | 'class'): number {
  if (t.kind === 'word' && t.text.startsWith('#')) return rawIndex(cur, t);
  const name = nameToken(cur, t);
  return kind === 'utf8' ? cp.utf8(name) : cp.classRef(name);
}

export function nameRef(cur: Cursor, cp: ConstantPoolBuilder, kind: 'utf8' | 'class'): number {
  return nameOrRaw(cur, cp, cur.next(kind === 'utf8' ? 'a name' : 'a class name'), kind);
}

/** Reads a name now, resolves it when the pool exists (class header, .source). */
export function deferName(cur: Cursor, kind: 'utf8' | 'class'): Deferred {
  const t = cur.next(kind === 'utf8' ? 'a name' : 'a class name');
  if (t.kind === 'word' && t.text.startsWith('#')) {
    const i = rawIndex(cur, t);
    return () => i;
  }
  const name = nameToken(cur, t);
  return (cp) => (kind === 'utf8' ? cp.utf8(name) : cp.classRef(name));
}

/**
 * A constant-pool operand. Numbers, strings, `class X`, `Field/Method/InterfaceMethod
 * owner.name:desc`, `NameAndType n d`, `Utf8 "s"`, `floatbits`/`doublebits`, or `#N`;
 * a bare name means the slot's default kind (a class, or a member reference).
 */
export function constant(cur: Cursor, cp: ConstantPoolBuilder, kind: RefKind): number {
  const t = cur.next('a constant');
  if (t.kind === 'punct') cur.failAt(t, `expected a constant, found ${describe(t)}`);
  if (t.kind === 'string') return stringConstant(cur, cp, t, kind);
  if (t.text.startsWith('#')) return rawIndex(cur, t);
  if (NUMBERISH.test(t.text)) return numberConstant(cur, cp, t);
  switch (t.text) {
    case 'floatbits':
      return cp.floatBits(hex32(cur));
    case 'doublebits':
      return cp.double(doubleFromBits(hex64(cur)));
    case 'class':
      return cp.classRef(nameToken(cur, cur.next('a class name')));
    case 'String':
      return cp.string(nameToken(cur, cur.next('a string')));
    case 'Utf8':
      return cp.utf8(nameToken(cur, cur.next('a string')));
    case 'NameAndType':
      return cp.nameAndType(nameToken(cur, cur.next('a name')), nameToken(cur, cur.next('a descriptor')));
    case 'Field':
      return member(cur, cp, 'field', cur.next('a field reference'));
    case 'Method':
      return member(cur, cp, 'method', cur.next('a method reference'));
    case 'InterfaceMethod':
      return member(cur, cp, 'interfaceMethod', cur.next('a method reference'));
  }
  if (kind === 'class') return cp.classRef(nameToken(cur, t));
  if (kind === 'utf8') return cp.utf8(nameToken(cur, t));
  if (kind === 'literal') cur.failAt(t, `expected a constant (number, string, class X, ...), found ${describe(t)}`);
  return member(cur, cp, kind, t);
}

export function stringConstant(cur: Cursor, cp: ConstantPoolBuilder, t: Token, kind: RefKind): number {
  switch (kind) {
    case 'literal':
      return cp.string(t.text);
    case 'class':
      return cp.classRef(t.text);
    case 'utf8':
      return cp.utf8(t.text);
    default:
      return member(cur, cp, kind, t);
  }
}

export function numberConstant(cur: Cursor, cp: ConstantPoolBuilder, t: Token): number {
  const n = parseNumber(t.text);
  if (typeof n === 'string') cur.failAt(t, n);
  switch (n.kind) {
    case 'int':
      return cp.integer(n.value);
    case 'long':
      return cp.long(n.value);
    case 'float':
      return cp.floatBits(n.bits);
    case 'double':
      return cp.double(n.value);
  }
}

/** `owner.name:desc` in one word, or `owner name desc` as three (possibly quoted) tokens. */
export function member(cur: Cursor, cp: ConstantPoolBuilder, kind: 'field' | 'method' | 'interfaceMethod', t: Token): number {
  let owner: string;
  let name: string;
  let desc: string;
  const dot = t.kind === 'word' ? t.text.indexOf('.') : -1;
  const colon = dot > 0 ? t.text.indexOf(':', dot + 1) : -1;
  if (colon > 0) {
    [owner, name, desc] = [t.text.slice(0, dot), t.text.slice(dot + 1, colon), t.text.slice(colon + 1)];
  } else {
    owner = nameToken(cur, t);
    name = nameToken(cur, cur.next('a member name'));
    desc = nameToken(cur, cur.next('a descriptor'));
  }
  const tag = MEMBER_TAG[kind];
  if (tag === CpTag.Fieldref) return cp.fieldRef(owner, name, desc);
  if (tag === CpTag.Methodref) return cp.methodRef(owner, name, desc);
  return cp.interfaceMethodRef(owner, name, desc);
}

// ---- numbers -----------------------------------------------------------------------

export function checkedInt(cur: Cursor, t: Token, min: number, max: number, what: string, text = t.text): number {
  const n = parseNumber(text);
  if (typeof n === 'string' || n.kind !== 'int' || n.value < min || n.value > max) {
    // Hex words may spell unsigned values above the int range check; recheck them directly.
    const v = /^0[xX][0-9a-fA-F]+$/.test(text) ? Number.parseInt(text.slice(2), 16) : Number.NaN;
    if (v >= min && v <= max) return v;
    cur.failAt(t, `${what} must be an integer in ${min}..${max}, found '${text}'`);
  }
  return n.value;
}

export function u2(cur: Cursor, what: string): number {
  return checkedInt(cur, cur.next(what), 0, 0xffff, what);
}

export function intLiteral(cur: Cursor, kind: 'int' | 'long'): number | bigint {
  const t = cur.next(kind === 'int' ? 'an int' : 'a long');
  const n = parseNumber(kind === 'long' && !/[lL]$/.test(t.text) ? `${t.text}L` : t.text);
  if (typeof n === 'string' || n.kind !== kind) cur.failAt(t, `expected ${kind === 'int' ? 'an int' : 'a long'}, found '${t.text}'`);
  return n.value;
}

/** IEEE-754 bits written in hex (`Float`/`Double` pool entries, floatbits/doublebits). */
export function hex32(cur: Cursor): number {
  return Number(hexBits(cur, 32));
}

export function hex64(cur: Cursor): bigint {
  return hexBits(cur, 64);
}

function hexBits(cur: Cursor, bits: 32 | 64): bigint {
  const t = cur.next(`${bits}-bit hex bits`);
  const m = /^0[xX]([0-9a-fA-F]+)$/.exec(t.text);
  if (t.kind !== 'word' || !m || m[1]!.length > bits / 4) {
    cur.failAt(t, `expected ${bits}-bit hex bits like 0x${'0'.repeat(bits / 4)}, found ${describe(t)}`);
  }
  return BigInt(`0x${m[1]}`);
}
