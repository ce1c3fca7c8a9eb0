// Constant folding (JLS §15.29) against Java: random constant expressions over int, long,
// float, double, char, boolean and String become `static final` fields; the checker's folded
// values must equal what java prints for them (floating values compared bit for bit, Strings
// as javac folded them, which covers Java's float/double-to-String conversion).

import fc from 'fast-check';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Constant } from '../../../compiler/types.ts';
import { javacBatch, javaStatus, runJava } from '../../support/java-oracle.ts';
import { checkSources } from './helpers.ts';

type Ty = 'int' | 'long' | 'float' | 'double' | 'char' | 'boolean' | 'String';
interface Ex {
  text: string;
  type: Ty;
}

const intLit = fc.constantFrom('0', '1', '-1', '7', '-13', '2147483647', '(-2147483647 - 1)', '0x7fffffff', '0xffff', '65535', '1000000', '46341');
const longLit = fc.constantFrom('0L', '1L', '-1L', '9223372036854775807L', '(-9223372036854775807L - 1)', '4294967296L', '123456789012345L', '0xffffffffL');
const floatLit = fc.constantFrom('0.0f', '-0.0f', '1.5f', '0.1f', '3.4028235e38f', '1.4e-45f', '1e10f', '16777217f', '(0.0f / 0.0f)', '(1.0f / 0.0f)', '0.3f');
const doubleLit = fc.constantFrom('0.0', '-0.0', '0.1', '1e300', '4.9e-324', '1e-5', '123456789.125', '(0.0 / 0.0)', '(-1.0 / 0.0)', '9007199254740993.0', '1e7', '0.001');
const charLit = fc.constantFrom("'a'", "'\\u0000'", "'\\uffff'", "'Z'", "'0'");

const NUMERIC: Ty[] = ['int', 'long', 'float', 'double', 'char'];
const promote = (a: Ty, b: Ty): Ty => (a === 'double' || b === 'double' ? 'double' : a === 'float' || b === 'float' ? 'float' : a === 'long' || b === 'long' ? 'long' : 'int');
const integral = (t: Ty) => t === 'int' || t === 'long' || t === 'char';

/** Random typed constant expressions; integral / and % get a nonzero literal divisor. */
const expr: fc.Memo<Ex> = fc.memo((depth) => {
  const leaf = fc.oneof(
    intLit.map((text) => ({ text, type: 'int' as Ty })),
    longLit.map((text) => ({ text, type: 'long' as Ty })),
    floatLit.map((text) => ({ text, type: 'float' as Ty })),
    doubleLit.map((text) => ({ text, type: 'double' as Ty })),
    charLit.map((text) => ({ text, type: 'char' as Ty })),
  );
  if (depth <= 1) return leaf;
  const sub = expr(depth - 1);
  const numeric = sub.filter((e) => NUMERIC.includes(e.type));
  return fc.oneof(
    { weight: 2, arbitrary: leaf },
    {
      weight: 3,
      arbitrary: fc.tuple(numeric, fc.constantFrom('+', '-', '*', '/', '%'), numeric, fc.constantFrom('3', '-7', '1000003')).map(([a, op, b, lit]): Ex => {
        const t = promote(a.type, b.type);
        const right = (op === '/' || op === '%') && integral(t) ? lit : `(${b.text})`;
        return { text: `(${a.text}) ${op} ${right}`, type: t };
      }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(numeric.filter((e) => integral(e.type)), fc.constantFrom('<<', '>>', '>>>', '&', '|', '^'), numeric.filter((e) => integral(e.type))).map(([a, op, b]): Ex => ({
        text: `(${a.text}) ${op} (${b.text})`,
        type: op.includes('<') || op.includes('>') ? (a.type === 'long' ? 'long' : 'int') : promote(a.type, b.type),
      })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom<Ty>('int', 'long', 'float', 'double', 'char'), fc.constantFrom('', 'byte', 'short'), numeric).map(([t, narrow, e]): Ex =>
        narrow ? { text: `(int) (${narrow}) (${e.text})`, type: 'int' } : { text: `(${t}) (${e.text})`, type: t },
      ),
    },
    { weight: 1, arbitrary: numeric.map((e): Ex => ({ text: `-(${e.text})`, type: e.type === 'char' ? 'int' : e.type })) },
    {
      weight: 1,
      arbitrary: fc.tuple(numeric, fc.constantFrom('<', '<=', '==', '!='), numeric, numeric, numeric).map(([a, op, b, x, y]): Ex => ({
        text: `(${a.text}) ${op} (${b.text}) ? (${x.text}) : (${y.text})`,
        type: x.type === y.type ? x.type : promote(x.type, y.type),
      })),
    },
    { weight: 1, arbitrary: fc.tuple(sub, sub).map(([a, b]): Ex => ({ text: `"" + (${a.text}) + '|' + (${b.text})`, type: 'String' })) },
  );
});

function bitsOf(c: Constant): string {
  const v = new DataView(new ArrayBuffer(8));
  switch (c.type) {
    case 'float':
      v.setFloat32(0, c.value);
      return String(Number.isNaN(c.value) ? 0x7fc00000 : v.getInt32(0));
    case 'double':
      v.setFloat64(0, c.value);
      return Number.isNaN(c.value) ? '9221120237041090560' : v.getBigInt64(0).toString();
    case 'boolean':
      return String(c.value);
    case 'long':
      return c.value.toString();
    default:
      return String(c.value);
  }
}

const javaPrint = (t: Ty, name: string): string =>
  t === 'float' ? `Float.floatToIntBits(${name})` : t === 'double' ? `Double.doubleToLongBits(${name})` : t === 'char' ? `(int) ${name}` : name;

const status = javaStatus();

describe.skipIf(!status.java)(`constant folding matches java (${status.reason})`, () => {
  it('folds random constant expressions to the values java computes', async () => {
    const exprs = fc.sample(expr(4), { numRuns: 300, seed: 4242 });
    const fields = exprs.map((e, i) => `  static final ${e.type} C${i} = ${e.text};`).join('\n');
    const prints = exprs.map((e, i) => `    System.out.println(${javaPrint(e.type, `C${i}`)});`).join('\n');
    const src = `class Main {\n${fields}\n  public static void main(String[] a) {\n${prints}\n  }\n}\n`;

    const r = checkSources(src);
    expect(r.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.message}`)).toEqual([]);
    const main = r.program!.classes.find((c) => c.symbol.name === 'Main')!;
    const ours = exprs.map((_, i) => {
      const c = main.symbol.fields.find((f) => f.name === `C${i}`)!.constantValue;
      return c ? bitsOf(c) : 'not a constant';
    });

    const dir = mkdtempSync(join(tmpdir(), 'rf-const-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'Main.java'), src);
    const [verdict] = javacBatch([{ name: 'constants', files: [{ path: 'Main.java', absPath: join(dir, 'Main.java'), text: src }], mainClass: 'Main', args: [], expect: { kind: 'output', stdout: [], exitCode: 0 } }]);
    expect(verdict!.ok, verdict!.errors).toBe(true);
    const run = await runJava(verdict!.classDir, 'Main');
    const theirs = run.stdout.trimEnd().split('\n');
    const diffs = exprs.map((e, i) => ({ expr: e.text, ours: ours[i], java: theirs[i] })).filter((d) => d.ours !== d.java);
    expect(diffs).toEqual([]);
  }, 120_000);
});
