// Differential test of the arithmetic, conversion and comparison opcodes: the same operand
// pairs (edge values plus seeded random bit patterns) go through one bytecode method per
// opcode in Ringfence and through the equivalent Java expression under `java`. Results are
// compared as integers or IEEE bit patterns (NaN canonicalised, as floatToIntBits does).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpName } from '../../../vm/bytecode/opcodes.ts';
import type { Value } from '../../../vm/runtime/heap.ts';
import { callStatic, ClassMaker, classMap, makeVm, PS } from './fixtures.ts';

type T = 'I' | 'J' | 'F' | 'D';

interface OpCase {
  op: OpName;
  args: T[];
  ret: T;
  /** Java expression over a, b with the same meaning. */
  java: string;
}

const bin = (op: OpName, t: T, java: string): OpCase => ({ op, args: [t, t], ret: t, java });
const un = (op: OpName, from: T, to: T, java: string): OpCase => ({ op, args: [from], ret: to, java });
const cmp = (op: OpName, t: T, nan: number): OpCase => ({
  op,
  args: [t, t],
  ret: 'I',
  java: `(a > b ? 1 : a == b ? 0 : a < b ? -1 : ${nan})`,
});

const CASES: OpCase[] = [
  ...(['iadd:+', 'isub:-', 'imul:*', 'iand:&', 'ior:|', 'ixor:^', 'ishl:<<', 'ishr:>>', 'iushr:>>>'] as const).map((s) => {
    const [op, sym] = s.split(':') as [OpName, string];
    return bin(op, 'I', `a ${sym} b`);
  }),
  ...(['ladd:+', 'lsub:-', 'lmul:*', 'land:&', 'lor:|', 'lxor:^'] as const).map((s) => {
    const [op, sym] = s.split(':') as [OpName, string];
    return bin(op, 'J', `a ${sym} b`);
  }),
  { op: 'lshl', args: ['J', 'I'], ret: 'J', java: 'a << b' },
  { op: 'lshr', args: ['J', 'I'], ret: 'J', java: 'a >> b' },
  { op: 'lushr', args: ['J', 'I'], ret: 'J', java: 'a >>> b' },
  ...(['fadd:+', 'fsub:-', 'fmul:*', 'fdiv:/', 'frem:%'] as const).map((s) => {
    const [op, sym] = s.split(':') as [OpName, string];
    return bin(op, 'F', `a ${sym} b`);
  }),
  ...(['dadd:+', 'dsub:-', 'dmul:*', 'ddiv:/', 'drem:%'] as const).map((s) => {
    const [op, sym] = s.split(':') as [OpName, string];
    return bin(op, 'D', `a ${sym} b`);
  }),
  un('ineg', 'I', 'I', '-a'),
  un('lneg', 'J', 'J', '-a'),
  un('fneg', 'F', 'F', '-a'),
  un('dneg', 'D', 'D', '-a'),
  un('i2l', 'I', 'J', '(long) a'),
  un('i2f', 'I', 'F', '(float) a'),
  un('i2d', 'I', 'D', '(double) a'),
  un('l2i', 'J', 'I', '(int) a'),
  un('l2f', 'J', 'F', '(float) a'),
  un('l2d', 'J', 'D', '(double) a'),
  un('f2i', 'F', 'I', '(int) a'),
  un('f2l', 'F', 'J', '(long) a'),
  un('f2d', 'F', 'D', '(double) a'),
  un('d2i', 'D', 'I', '(int) a'),
  un('d2l', 'D', 'J', '(long) a'),
  un('d2f', 'D', 'F', '(float) a'),
  un('i2b', 'I', 'I', '(byte) a'),
  un('i2c', 'I', 'I', '(char) a'),
  un('i2s', 'I', 'I', '(short) a'),
  { op: 'lcmp', args: ['J', 'J'], ret: 'I', java: 'Long.compare(a, b)' },
  cmp('fcmpl', 'F', -1),
  cmp('fcmpg', 'F', 1),
  cmp('dcmpl', 'D', -1),
  cmp('dcmpg', 'D', 1),
  // idiv/irem/ldiv/lrem with non-zero divisors (zero is tested in exceptions.test.ts)
  { op: 'idiv', args: ['I', 'I'], ret: 'I', java: 'a / b' },
  { op: 'irem', args: ['I', 'I'], ret: 'I', java: 'a % b' },
  { op: 'ldiv', args: ['J', 'J'], ret: 'J', java: 'a / b' },
  { op: 'lrem', args: ['J', 'J'], ret: 'J', java: 'a % b' },
];

// ---- operands: edge values and seeded random bit patterns

let seed = 0x1234567;
function rand32(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return seed | 0;
}
const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);
const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);

const EDGE: Record<T, Value[]> = {
  I: [0, 1, -1, 2, 31, 32, 33, 63, 64, -64, 2147483647, -2147483648, 65535, 65536, 128, -129, 0x12345678],
  J: [0n, 1n, -1n, 63n, 64n, 9223372036854775807n, -9223372036854775808n, 4294967296n, 9007199254740993n, -9007199254740993n, 0x7fffffffffffffffn - 1023n],
  F: [0, -0, 1, -1, 0.5, Infinity, -Infinity, NaN, Math.fround(3.4028234663852886e38), Math.fround(1.4e-45), 2147483648, -2147483904, Math.fround(1e10), Math.fround(0.1)],
  D: [0, -0, 1, -1, 0.1, Infinity, -Infinity, NaN, Number.MAX_VALUE, Number.MIN_VALUE, 9223372036854775807, -9223372036854775808, 2147483647.5, 1e300, 1e-300],
};

function randomOf(t: T): Value {
  switch (t) {
    case 'I':
      return rand32();
    case 'J':
      return BigInt.asIntN(64, (BigInt(rand32() >>> 0) << 32n) | BigInt(rand32() >>> 0));
    case 'F':
      i32[0] = rand32();
      return f32[0]!;
    case 'D':
      i64[0] = (BigInt(rand32() >>> 0) << 32n) | BigInt(rand32() >>> 0);
      return f64[0]!;
  }
}

function operandsFor(c: OpCase, n: number): Value[][] {
  const out: Value[][] = [];
  const pick = (t: T, i: number): Value => (i % 2 === 0 ? EDGE[t][(i >> 1) % EDGE[t].length]! : randomOf(t));
  for (let i = 0; i < n; i++) {
    const args = c.args.map((t, k) => pick(t, i + k * 7));
    const isDiv = c.op === 'idiv' || c.op === 'irem' || c.op === 'ldiv' || c.op === 'lrem';
    if (isDiv && (args[1] === 0 || args[1] === 0n)) args[1] = c.args[1] === 'J' ? -1n : -1;
    out.push(args);
  }
  return out;
}

// ---- formatting results identically on both sides

function show(t: T, v: Value): string {
  switch (t) {
    case 'I':
      return String(v);
    case 'J':
      return (v as bigint).toString();
    case 'F':
      if (Number.isNaN(v)) return '7fc00000';
      f32[0] = v as number;
      return (i32[0]! >>> 0).toString(16);
    case 'D':
      if (Number.isNaN(v)) return '7ff8000000000000';
      f64[0] = v as number;
      return BigInt.asUintN(64, i64[0]!).toString(16);
  }
}

function javaLiteral(t: T, v: Value): string {
  switch (t) {
    case 'I':
      return `(${String(v)})`;
    case 'J':
      return `(${(v as bigint).toString()}L)`;
    case 'F':
      f32[0] = v as number;
      return `Float.intBitsToFloat(0x${(i32[0]! >>> 0).toString(16)})`;
    case 'D':
      f64[0] = v as number;
      return `Double.longBitsToDouble(0x${BigInt.asUintN(64, i64[0]!).toString(16)}L)`;
  }
}

const JAVA_TYPE: Record<T, string> = { I: 'int', J: 'long', F: 'float', D: 'double' };
const JAVA_SHOW: Record<T, string> = {
  I: 'String.valueOf(r)',
  J: 'String.valueOf(r)',
  F: 'Integer.toHexString(Float.floatToIntBits(r))',
  D: 'Long.toHexString(Double.doubleToLongBits(r))',
};

function javaProgram(cases: readonly OpCase[], inputs: readonly Value[][][]): string {
  const lines: string[] = ['public class Main {', '  public static void main(String[] x) {'];
  cases.forEach((c, ci) => {
    for (const args of inputs[ci]!) {
      const decl = c.args.map((t, k) => `${JAVA_TYPE[t]} ${'ab'[k]} = ${javaLiteral(t, args[k]!)};`).join(' ');
      lines.push(`    { ${decl} ${JAVA_TYPE[c.ret]} r = (${JAVA_TYPE[c.ret]}) (${c.java}); System.out.println(${JAVA_SHOW[c.ret]}); }`);
    }
  });
  lines.push('  }', '}');
  return lines.join('\n');
}

const LOAD: Record<T, OpName> = { I: 'iload', J: 'lload', F: 'fload', D: 'dload' };
const RET: Record<T, OpName> = { I: 'ireturn', J: 'lreturn', F: 'freturn', D: 'dreturn' };

describe('arithmetic, conversion and comparison opcodes agree with java', () => {
  it('gives the same result as java for every opcode on edge and random operands', () => {
    const ops = new ClassMaker('Ops');
    CASES.forEach((c) =>
      ops.method(c.op, `(${c.args.join('')})${c.ret}`, PS, (b) => {
        c.args.forEach((t, k) => b.emit(LOAD[t], k));
        b.emit(c.op);
        b.emit(RET[c.ret]);
      }),
    );
    const t = makeVm(classMap(ops));
    const inputs = CASES.map((c) => operandsFor(c, 24));
    const ours: string[] = [];
    CASES.forEach((c, ci) => {
      for (const args of inputs[ci]!) ours.push(show(c.ret, callStatic(t, 'Ops', c.op, `(${c.args.join('')})${c.ret}`, args)!));
    });

    const dir = mkdtempSync(join(tmpdir(), 'rf-numeric-'));
    try {
      writeFileSync(join(dir, 'Main.java'), javaProgram(CASES, inputs));
      const stdout = execFileSync('java', [join(dir, 'Main.java')], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const theirs = stdout.trimEnd().split('\n');
      const diffs: string[] = [];
      let k = 0;
      CASES.forEach((c, ci) => {
        for (const args of inputs[ci]!) {
          if (ours[k] !== theirs[k]) diffs.push(`${c.op}(${args.map(String).join(', ')}): ringfence ${ours[k]}, java ${theirs[k]}`);
          k++;
        }
      });
      expect(theirs.length).toBe(ours.length);
      expect(diffs).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
