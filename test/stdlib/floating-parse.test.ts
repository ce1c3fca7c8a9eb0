// Differential tests: stdlib/floating's parseDouble/parseFloat against JDK 17 on random
// decimal and hex strings, near-halfway cases, and malformed inputs (messages included).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JavaNumberFormatError, javaParseDouble, javaParseFloat } from '../../stdlib/floating/parse.ts';
import { runJava } from './java-oracle.ts';

const ORACLE = `
import java.io.*;
public class ParseOracle {
  public static void main(String[] a) throws Exception {
    BufferedReader r = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
    StringBuilder sb = new StringBuilder();
    String line;
    while ((line = r.readLine()) != null) {
      String s = line.substring(1).replace("\\\\t", "\\t");
      try {
        if (line.charAt(0) == 'd') sb.append(Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(s))));
        else sb.append(Integer.toHexString(Float.floatToRawIntBits(Float.parseFloat(s))));
      } catch (NumberFormatException e) {
        sb.append("NFE ").append(e.getMessage());
      }
      sb.append('\\n');
    }
    System.out.print(sb);
  }
}`;

const view = new DataView(new ArrayBuffer(8));
function ours(kind: 'd' | 'f', s: string): string {
  try {
    if (kind === 'd') {
      view.setFloat64(0, javaParseDouble(s));
      return view.getBigUint64(0).toString(16);
    }
    view.setFloat32(0, javaParseFloat(s));
    return view.getUint32(0).toString(16);
  } catch (e) {
    if (e instanceof JavaNumberFormatError) return `NFE ${e.message}`;
    throw e;
  }
}

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const hexDigits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: min, maxLength: max });

const decimalString = fc
  .tuple(fc.constantFrom('', '-', '+'), digits(0, 25), fc.constantFrom('.', ''), digits(0, 25),
    fc.constantFrom('', 'e', 'E'), fc.constantFrom('', '-', '+'), fc.integer({ min: 0, max: 400 }),
    fc.constantFrom('', '', 'f', 'D'))
  .map(([sg, a, p, b, e, es, ev, suf]) => `${sg}${a}${p}${b}${e ? e + es + ev : ''}${suf}`);

const hexString = fc
  .tuple(fc.constantFrom('', '-'), fc.constantFrom('0x', '0X'), hexDigits(0, 16), fc.constantFrom('.', ''),
    hexDigits(0, 16), fc.constantFrom('p', 'P'), fc.constantFrom('', '-', '+'), fc.integer({ min: 0, max: 1200 }))
  .map(([sg, x, a, p, b, pp, es, ev]) => `${sg}${x}${a}${p}${b}${pp}${es}${ev}`);

/** Decimal strings just around float and double halfway points, where rounding is decided. */
function halfwayStrings(): string[] {
  const out: string[] = [];
  const samples = fc.sample(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), { numRuns: 300, seed: 5 });
  for (const d of samples) {
    const f = Math.fround(d);
    out.push(d.toPrecision(17), d.toPrecision(25), f.toPrecision(9), f.toPrecision(12), (f * (1 + 2 ** -25)).toPrecision(20));
  }
  return out;
}

const MALFORMED = [
  '', '   ', 'abc', '1..2', '.', '-', '+', 'e5', '1e', '1e+', '1e5x', '0x1.8', '0x', '0xp1', 'NaNd', 'nan',
  'infinity', '-Infinityx', '1f2', '1.5ff', '..5', '1.2.3', '\t7.5\t', ' 0x1p3 ', '0x1p3f', '+.5e-3d', '1_000',
  '٣', '1e2147483648', '1e-2147483649', '0.0000000000000000000000000000000000000000000001e46',
];

describe('javaParseDouble / javaParseFloat agree with JDK 17', () => {
  it('parse random decimal, hex, halfway and malformed strings to the same bits and messages', () => {
    const strings = [
      ...MALFORMED,
      ...halfwayStrings(),
      ...fc.sample(decimalString, { numRuns: 3000, seed: 41 }),
      ...fc.sample(hexString, { numRuns: 1500, seed: 42 }),
    ].filter((s) => !s.includes('\n'));
    const input: string[] = [];
    for (const s of strings) input.push('d' + s.replace(/\t/g, '\\t'), 'f' + s.replace(/\t/g, '\\t'));
    const expected = runJava('ParseOracle', ORACLE, input);
    expect(expected.length).toBe(input.length);
    const mismatches: string[] = [];
    for (let i = 0; i < input.length; i++) {
      const kind = input[i]![0] as 'd' | 'f';
      const s = input[i]!.substring(1).replace(/\\t/g, '\t');
      const got = ours(kind, s);
      if (got !== expected[i]) mismatches.push(`${kind} ${JSON.stringify(s)}: java ${expected[i]}, ours ${got}`);
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
  });

  it('rounds a float directly from the decimal, not through a double', () => {
    // 1.00000017881393432617187499 is just below the float halfway point between 1+2^-23 and
    // 1+2^-22; through a double it would round up to the halfway double and then to even.
    expect(javaParseFloat('1.00000017881393432617187499')).toBe(Math.fround(1 + 2 ** -23));
  });
});
