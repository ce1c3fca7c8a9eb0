// Differential tests: stdlib/floating's Double.toString/Float.toString against JDK 17 itself,
// over classic edge cases and thousands of random bit patterns, in one java run.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { javaDoubleToString, javaFloatToString } from '../../stdlib/floating/to-string.ts';
import { runJava } from './java-oracle.ts';

const ORACLE = `
import java.io.*;
public class ToStringOracle {
  public static void main(String[] a) throws Exception {
    BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
    StringBuilder sb = new StringBuilder();
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("d")) sb.append(Double.toString(Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(1), 16))));
      else sb.append(Float.toString(Float.intBitsToFloat(Integer.parseUnsignedInt(line.substring(1), 16))));
      sb.append('\\n');
    }
    System.out.print(sb);
  }
}`;

const view = new DataView(new ArrayBuffer(8));
const doubleFromBits = (bits: bigint): number => {
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
};
const floatFromBits = (bits: number): number => {
  view.setUint32(0, bits);
  return view.getFloat32(0);
};
const bitsOfDouble = (d: number): bigint => {
  view.setFloat64(0, d);
  return view.getBigUint64(0);
};
const bitsOfFloat = (f: number): number => {
  view.setFloat32(0, f);
  return view.getUint32(0);
};

/** Powers of ten, the plain/E-form boundaries, extremes, and their neighbours. */
function edgeDoubles(): number[] {
  const base = [
    0, -0, 1, -1, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e23, 2e23, 8.41e21, 5e-324, 1e-323, 2.2250738585072014e-308,
    2.225073858507201e-308, Number.MAX_VALUE, Number.MIN_VALUE, 9007199254740992, 9007199254740993,
    0.001, 0.0009999999999999998, 1e7, 9999999.999999998, 10000000.000000002, 1e-3, 0.01, 123456789.0,
    4.35, 2.0e-3, 1.0e-5, 100, 1e21, 1e22, 3.14159, Math.PI, Math.E, 1.7976931348623157e308,
  ];
  for (let e = -325; e <= 309; e++) base.push(Number(`1e${e}`), Number(`5e${e}`), Number(`9.999e${e}`));
  for (let e = -1074; e <= 1023; e += 7) base.push(2 ** e);
  const out: number[] = [];
  for (const d of base) {
    if (!Number.isFinite(d)) continue;
    const bits = bitsOfDouble(d);
    out.push(d, doubleFromBits(bits + 1n), doubleFromBits(bits > 0n ? bits - 1n : 0n));
  }
  return out;
}

function edgeFloats(): number[] {
  const base = [0, -0, 1, 0.1, 1 / 3, 3.4028235e38, 1.4e-45, 1.17549435e-38, 16777216, 1e7, 1e-3, 1e10, 1e-44];
  for (let e = -46; e <= 39; e++) base.push(Number(`1e${e}`), Number(`3e${e}`));
  for (let e = -149; e <= 127; e += 3) base.push(2 ** e);
  const out: number[] = [];
  for (const x of base) {
    const f = Math.fround(x);
    if (!Number.isFinite(f)) continue;
    const bits = bitsOfFloat(f);
    out.push(f, floatFromBits(bits + 1), floatFromBits(bits > 0 ? bits - 1 : 0));
  }
  return out;
}

describe('javaDoubleToString / javaFloatToString agree with JDK 17', () => {
  it('prints every edge-case and random double and float exactly as java does', () => {
    const doubles = edgeDoubles().concat(
      fc.sample(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), { numRuns: 6000, seed: 17 }).map(doubleFromBits),
      fc.sample(fc.double({ min: 1e-5, max: 1e9, noNaN: true }), { numRuns: 3000, seed: 18 }),
    );
    const floats = edgeFloats().concat(
      fc.sample(fc.integer({ min: 0, max: 0xffffffff }), { numRuns: 6000, seed: 19 }).map(floatFromBits),
      fc.sample(fc.float({ min: Math.fround(1e-5), max: Math.fround(1e9), noNaN: true }), { numRuns: 3000, seed: 20 }),
    );
    const input = [
      ...doubles.map((d) => 'd' + bitsOfDouble(d).toString(16)),
      ...floats.map((f) => 'f' + bitsOfFloat(f).toString(16)),
    ];
    const expected = runJava('ToStringOracle', ORACLE, input);
    const actual = [...doubles.map(javaDoubleToString), ...floats.map(javaFloatToString)];
    expect(expected.length).toBe(input.length);
    const mismatches: string[] = [];
    for (let i = 0; i < input.length; i++) {
      if (actual[i] !== expected[i]) mismatches.push(`${input[i]}: java ${expected[i]}, ours ${actual[i]}`);
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
  });

  it('prints NaN and the infinities as java does', () => {
    expect([NaN, Infinity, -Infinity].map(javaDoubleToString)).toEqual(['NaN', 'Infinity', '-Infinity']);
    expect([NaN, Infinity, -Infinity].map(javaFloatToString)).toEqual(['NaN', 'Infinity', '-Infinity']);
  });

  it('keeps JDK 17 quirks that a shortest-digits printer would not produce', () => {
    expect(javaDoubleToString(1e23)).toBe('9.999999999999999E22');
    expect(javaDoubleToString(2e-3)).toBe('0.002');
    expect(javaFloatToString(Math.fround(1e-44))).toBe('9.8E-45');
  });
});
