// Literal decoding (JLS §3.10): integer ranges and forms, floating-point literals rounded once
// and correctly (checked on exact midpoints and, when a JDK is present, against javac itself),
// and character/string escapes including unicode and octal escapes.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChar, decodeFloat, decodeInteger, decodeString } from '../../../compiler/literals.ts';
import { errors, exprOf } from './helpers.ts';
import type * as A from '../../../compiler/ast.ts';

const int = (t: string, neg = false): unknown => {
  const d = decodeInteger(t, neg);
  return d.ok ? d.value.value : d.diag;
};

describe('integer literals (JLS §3.10.1)', () => {
  it('decodes decimal, hex, octal and binary with underscores', () => {
    expect(int('0')).toBe(0);
    expect(int('1_000_000')).toBe(1000000);
    expect(int('0x7fff_ffff')).toBe(2147483647);
    expect(int('0xFFFFFFFF')).toBe(-1);
    expect(int('0x80000000')).toBe(-2147483648);
    expect(int('017')).toBe(15);
    expect(int('0_7')).toBe(7);
    expect(int('0b1010')).toBe(10);
    expect(int('0b11111111111111111111111111111111')).toBe(-1);
    expect(int('2147483647')).toBe(2147483647);
  });
  it('decodes longs as bigint with two\'s complement wrap for non-decimal forms', () => {
    expect(int('9223372036854775807L')).toBe(9223372036854775807n);
    expect(int('0xFFFFFFFFFFFFFFFFL')).toBe(-1n);
    expect(int('0x8000000000000000l')).toBe(-9223372036854775808n);
    expect(int('1L')).toBe(1n);
  });
  it('rejects out-of-range literals; 2^31 and 2^63 only under unary minus', () => {
    expect(int('2147483648')).toBe('IntegerLiteralTooLarge');
    expect(int('2147483648', true)).toBe(-2147483648);
    expect(int('2147483649', true)).toBe('IntegerLiteralTooLarge');
    expect(int('0x1_0000_0000')).toBe('IntegerLiteralTooLarge');
    expect(int('9223372036854775808L')).toBe('IntegerLiteralTooLarge');
    expect(int('9223372036854775808L', true)).toBe(-9223372036854775808n);
    expect(int('040000000000')).toBe('IntegerLiteralTooLarge');
  });
  it('rejects misplaced underscores and bad digits', () => {
    for (const bad of ['1_', '0x_1', '0x', '0b', '0b2', '09', '0_8', '1__', '0x1_L']) expect(int(bad), bad).toBe('MalformedLiteral');
    expect(int('1__2')).toBe(12);
  });
  it('folds -2147483648 into one literal and keeps other negations as unary minus', () => {
    const min = exprOf('-2147483648') as A.Literal;
    expect([min.kind, min.value, min.text]).toEqual(['Literal', -2147483648, '-2147483648']);
    const minLong = exprOf('-9223372036854775808L') as A.Literal;
    expect([minLong.kind, minLong.value]).toEqual(['Literal', -9223372036854775808n]);
    expect(exprOf('-5').kind).toBe('Unary');
    expect(errors('class T { int x = -(2147483648); }')).toEqual(['1:21 RF1004 integer number too large: 2147483648']);
    expect(errors('class T { int x = 2147483648; }')).toEqual(['1:19 RF1004 integer number too large: 2147483648']);
  });
});

// ---------------------------------------------------------------- floating point

const bits32 = (x: number): number => {
  const b = new DataView(new ArrayBuffer(4));
  b.setFloat32(0, x);
  return b.getUint32(0);
};
const bits64 = (x: number): bigint => {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  return b.getBigUint64(0);
};
const float = (t: string): number | string => {
  const d = decodeFloat(t);
  return d.ok ? d.value.value : d.diag;
};

describe('floating-point literals (JLS §3.10.2)', () => {
  it('rounds the exact decimal once: no double rounding through binary64', () => {
    // Just below the midpoint of two floats; via double it would land on the midpoint and tie to even.
    expect(bits32(float('1.00000017881393432617187499f') as number)).toBe(0x3f800001);
    expect(Math.fround(Number('1.00000017881393432617187499'))).not.toBe(float('1.00000017881393432617187499f'));
    expect(bits32(float('1.000000178813934326171875f') as number)).toBe(0x3f800002);
  });
  it('decodes hex floats, suffixes, subnormals and extremes', () => {
    expect(float('0x1.8p1')).toBe(3);
    expect(float('0x.8p0d')).toBe(0.5);
    expect(float('0x1p-149f')).toBe(2 ** -149);
    expect(float('1.4e-45f')).toBe(2 ** -149);
    expect(bits32(float('3.4028235e38f') as number)).toBe(0x7f7fffff);
    expect(float('4.9e-324')).toBe(5e-324);
    expect(float('1.7976931348623157e308')).toBe(Number.MAX_VALUE);
    expect(float('1e10')).toBe(1e10);
    expect(float('.5')).toBe(0.5);
    expect(float('1.')).toBe(1);
    expect(float('2f')).toBe(2);
    expect(float('1_0.2_5e1_0')).toBe(10.25e10);
    expect(float('0e99999999999')).toBe(0);
    expect(float('0.0f')).toBe(0);
  });
  it('rejects literals that round to infinity or to zero, and malformed ones', () => {
    expect(float('3.4028236e38f')).toBe('FloatLiteralTooLarge');
    expect(float('1e309')).toBe('FloatLiteralTooLarge');
    expect(float('1e99999999999')).toBe('FloatLiteralTooLarge');
    expect(float('1e-46f')).toBe('FloatLiteralTooSmall');
    expect(float('2e-324')).toBe('FloatLiteralTooSmall');
    expect(float('1e-99999999999')).toBe('FloatLiteralTooSmall');
    for (const bad of ['1_.5', '1._5', '1e', '1e_5', '0x1.8', '1.5_f', '0x1p_3']) expect(float(bad), bad).toBe('MalformedLiteral');
  });
  it('type comes from the suffix', () => {
    const f = exprOf('1.5f') as A.Literal;
    const d = exprOf('1.5') as A.Literal;
    expect([f.type, d.type, (exprOf('1e3D') as A.Literal).type]).toEqual(['float', 'double', 'double']);
  });

  /** `N e-S` for an exact binary midpoint and its neighbours just above and below. */
  function midpointLiterals(mant: bigint, exp: number): { below: string; at: string; above: string } {
    const k = exp - 1; // the midpoint (2m+1) * 2^(e-1)
    const odd = 2n * mant + 1n;
    const [n, scale] = k >= 0 ? [odd << BigInt(k), 0] : [odd * 5n ** BigInt(-k), -k];
    const lit = (x: bigint, s: number): string => `${x}e-${s}`;
    return { below: lit(n * 10n - 1n, scale + 1), at: lit(n, scale), above: lit(n * 10n + 1n, scale + 1) };
  }

  it('float midpoints round to the nearest, ties to even (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 0x7f7ffffe }), (b) => {
        const view = new DataView(new ArrayBuffer(4));
        view.setUint32(0, b);
        const lo = view.getFloat32(0);
        view.setUint32(0, b + 1);
        const hi = view.getFloat32(0);
        const e = b >>> 23 === 0 ? -149 : (b >>> 23) - 150;
        const mant = BigInt(b >>> 23 === 0 ? b : (b & 0x7fffff) | 0x800000);
        const m = midpointLiterals(mant, e);
        expect(float(m.below + 'f')).toBe(lo);
        expect(float(m.above + 'f')).toBe(hi);
        expect(float(m.at + 'f')).toBe(b % 2 === 0 ? lo : hi);
      }),
      { numRuns: 300 },
    );
  });

  it('double literals agree with the shortest round-trip decimal of every double (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: Number.MIN_VALUE }), (x) => {
        expect(float(String(x))).toBe(x);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees bit for bit with javac on random float and double literals', () => {
    const java = spawnSync('java', ['-version']);
    const samples = fc.sample(
      fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 30n }), fc.integer({ min: -340, max: 40 }), fc.boolean()),
      { numRuns: 120, seed: 42 },
    );
    const literals = samples.map(([m, e, isFloat]) => `${m}e${isFloat ? Math.max(e, -70) : e}${isFloat ? 'f' : ''}`);
    const ours = literals.map((l) => {
      const d = decodeFloat(l);
      if (!d.ok) return d.diag;
      return d.value.type === 'float' ? bits32(d.value.value).toString(16) : bits64(d.value.value).toString(16);
    });
    if (java.error) {
      // No JDK here: still require every literal to decode to a finite value or a range error.
      expect(ours.every((o) => /^[0-9a-f]+$|TooLarge|TooSmall/.test(o))).toBe(true);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'rf-lits-'));
    const lines = literals.map((l, i) =>
      ours[i]!.startsWith('Float') ? '' : l.endsWith('f')
        ? `System.out.println(${i} + " " + Integer.toHexString(Float.floatToRawIntBits(${l})));`
        : `System.out.println(${i} + " " + Long.toHexString(Double.doubleToRawLongBits(${l})));`);
    writeFileSync(join(dir, 'Lits.java'), `public class Lits { public static void main(String[] a) {\n${lines.join('\n')}\n} }\n`);
    const r = spawnSync('java', [join(dir, 'Lits.java')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const theirs = new Map(r.stdout.trim().split('\n').map((l) => l.split(' ') as [string, string]));
    ours.forEach((o, i) => {
      if (!o.startsWith('Float')) expect(`${literals[i]} ${o}`).toBe(`${literals[i]} ${theirs.get(String(i))}`);
    });
    expect(theirs.size).toBeGreaterThan(50);
  });
});

// ---------------------------------------------------------------- characters and strings

describe('character and string literals (JLS §3.10.4-§3.10.7)', () => {
  const str = (t: string): unknown => {
    const d = decodeString(t);
    return d.ok ? d.value : `${d.diag} ${d.arg} @${d.offset}`;
  };
  const chr = (t: string): unknown => {
    const d = decodeChar(t);
    return d.ok ? d.value : `${d.diag} ${d.arg}`;
  };
  it('decodes simple, octal and unicode escapes', () => {
    expect(str('"a\\tb\\n\\"\\\\\\\'"')).toBe('a\tb\n"\\\'');
    expect(str('"\\0\\12\\101\\377\\400"')).toBe('\0\n' + 'A\u00ff\u00200');
    expect(str('"\\u0041\\uuu0042"')).toBe('AB');
    expect(str('"\\\\u0041"')).toBe('\\u0041'); // the backslash is escaped: no unicode escape
    expect(str('"\\s"')).toBe(' ');
    expect(str('"\\b\\f\\r"')).toBe('\b\f\r');
    expect(str('"é😀"')).toBe('é😀');
    expect(str('"\\u005c\\u005c"')).toBe('\\'); // two translated backslashes form one escape
  });
  it('reports bad escapes at their offset inside the literal', () => {
    expect(str('"ab\\q"')).toBe('IllegalEscape \\q @3');
    expect(str('"\\u00g1"')).toBe('IllegalEscape illegal unicode escape @1');
    expect(str('"a\\u0022"')).toMatch(/^MalformedLiteral/); // \u0022 would end the string in Java
    expect(str('"\\u000a"')).toMatch(/^MalformedLiteral/);
  });
  it('char literals hold exactly one UTF-16 code unit', () => {
    expect(chr("'a'")).toBe(97);
    expect(chr("'\\n'")).toBe(10);
    expect(chr("'\\u0000'")).toBe(0);
    expect(chr("'\\uFFFF'")).toBe(0xffff);
    expect(chr("'\\''")).toBe(39);
    expect(chr("'\"'")).toBe(34);
    expect(chr("'\\177'")).toBe(127);
    expect(chr("''")).toBe('MalformedLiteral empty character literal');
    expect(chr("'ab'")).toMatch(/^MalformedLiteral unclosed character literal/);
    expect(chr("'😀'")).toMatch(/^MalformedLiteral/);
    expect(chr("'\\u0027'")).toMatch(/^MalformedLiteral/);
  });
  it('reports literal errors with the file position of the fault', () => {
    expect(errors('class T { String s = "ok\\q"; }')).toEqual(['1:25 RF1008 illegal escape character in literal: \\q']);
    expect(errors('class T { String s = """\n  text\n  """; }')).toEqual(['1:22 RF1003 text blocks are not supported in Ringfence (outside the language subset)']);
  });
});
