// Differential tests of the Math natives against JDK 17's Math: pow with integer exponents
// must match bit for bit (computed exactly); sqrt, floor, ceil, rint too. The transcendental
// functions come from the host and are only required to be within 1 ulp of java's.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stdlibNatives } from '../../stdlib/natives.ts';
import type { NativeContext, Value } from '../../vm/runtime/native-api.ts';
import { runJava } from './java-oracle.ts';

const ORACLE = `
import java.io.*;
public class MathOracle {
  public static void main(String[] a) throws Exception {
    BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
    StringBuilder sb = new StringBuilder();
    String line;
    while ((line = r.readLine()) != null) {
      String[] f = line.split(" ");
      double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16));
      double y = Double.longBitsToDouble(Long.parseUnsignedLong(f[2], 16));
      double v;
      switch (f[0]) {
        case "pow": v = Math.pow(x, y); break;
        case "sqrt": v = Math.sqrt(x); break;
        case "floor": v = Math.floor(x); break;
        case "ceil": v = Math.ceil(x); break;
        case "rint": v = Math.rint(x); break;
        case "sin": v = Math.sin(x); break;
        case "cos": v = Math.cos(x); break;
        case "tan": v = Math.tan(x); break;
        case "exp": v = Math.exp(x); break;
        case "log": v = Math.log(x); break;
        case "log10": v = Math.log10(x); break;
        case "atan2": v = Math.atan2(x, y); break;
        default: v = Math.cbrt(x); break;
      }
      sb.append(Long.toHexString(Double.doubleToRawLongBits(v))).append('\\n');
    }
    System.out.print(sb);
  }
}`;

const view = new DataView(new ArrayBuffer(8));
const hex = (d: number): string => {
  view.setFloat64(0, d);
  return view.getBigUint64(0).toString(16);
};
const fromHex = (h: string): number => {
  view.setBigUint64(0, BigInt('0x' + h));
  return view.getFloat64(0);
};
const ctx = {} as NativeContext;
function call(op: string, x: number, y: number): number {
  const key = op === 'pow' || op === 'atan2' ? `java/lang/Math.${op}(DD)D` : `java/lang/Math.${op}(D)D`;
  return stdlibNatives[key]!(ctx, [x, y] as Value[]) as number;
}

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))) return 0;
  view.setFloat64(0, a);
  const ba = view.getBigInt64(0);
  view.setFloat64(0, b);
  const bb = view.getBigInt64(0);
  const d = ba - bb;
  return Number(d < 0n ? -d : d);
}

function oracle(cases: [string, number, number][]): number[] {
  const out = runJava('MathOracle', ORACLE, cases.map(([op, x, y]) => `${op} ${hex(x)} ${hex(y)}`));
  expect(out.length).toBe(cases.length);
  return out.map(fromHex);
}

describe('Math natives agree with JDK 17', () => {
  it('compute pow with integer exponents, sqrt, floor, ceil and rint bit for bit', () => {
    const bases = [
      10, 2, 3, 0.1, 1.1, -2.5, 7.3, 1.0000001, 0.5, 123456.789, 1e-3, -0.1, 0, -0, Infinity, -Infinity, NaN, 1, -1,
      ...fc.sample(fc.double({ min: -1000, max: 1000, noNaN: true }), { numRuns: 200, seed: 11 }),
    ];
    const cases: [string, number, number][] = [];
    for (const b of bases) {
      for (const n of [-40, -17, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 9, 17, 31, 64, 200, 1075]) cases.push(['pow', b, n]);
      for (const y of [0.5, -0.5, Infinity, -Infinity, NaN]) cases.push(['pow', b, y]);
    }
    const reals = fc.sample(fc.double({ noNaN: false }), { numRuns: 400, seed: 12 });
    for (const x of [...reals, 0.5, -0.5, 1.5, 2.5, -2.5, 4503599627370497, -0]) {
      cases.push(['sqrt', x, 0], ['floor', x, 0], ['ceil', x, 0], ['rint', x, 0]);
    }
    const java = oracle(cases);
    const mismatches = cases
      .map(([op, x, y], i) => ({ op, x, y, java: java[i]!, ours: call(op, x, y) }))
      .filter((c) => ulps(c.java, c.ours) !== 0 && !(c.op === 'pow' && !Number.isInteger(c.y) && Number.isFinite(c.y)))
      .map((c) => `${c.op}(${c.x}, ${c.y}): java ${c.java}, ours ${c.ours}`);
    expect(mismatches.slice(0, 20)).toEqual([]);
  });

  it('compute the transcendental functions within 1 ulp of java', () => {
    const xs = [...fc.sample(fc.double({ min: -100, max: 100, noNaN: true }), { numRuns: 300, seed: 13 }), 0, -0, 1, Math.PI];
    const cases: [string, number, number][] = [];
    for (const x of xs) {
      for (const op of ['sin', 'cos', 'tan', 'exp', 'log', 'log10', 'cbrt']) cases.push([op, x, 0]);
      cases.push(['atan2', x, 1.5], ['pow', Math.abs(x), 0.37]);
    }
    const java = oracle(cases);
    const far = cases
      .map(([op, x, y], i) => ({ op, x, y, java: java[i]!, ours: call(op, x, y) }))
      .filter((c) => ulps(c.java, c.ours) > 1)
      .map((c) => `${c.op}(${c.x}, ${c.y}): java ${c.java}, ours ${c.ours}`);
    expect(far).toEqual([]);
  });
});
