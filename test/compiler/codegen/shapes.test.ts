// The shapes of emitted code where the shape itself is the point: constant inlining (no
// getstatic, so no class initialization), iinc and implicit narrowing, finally copies on
// every exit and never covered by their own handlers, multi-catch table entries, javac's
// switch choices, StringBuilder overloads, invocation kinds, constructor assembly, <clinit>
// order, max_stack/max_locals and line numbers.

import { describe, expect, it } from 'vitest';
import { compileMain, findMethod, listing, located, opcodes } from './helpers.ts';
import { utf8At } from '../../../vm/bytecode/constant-pool.ts';

const main = (body: string, extra = '') => compileMain(body, extra).get('Main')!;

describe('constants', () => {
  const classes = compileMain(
    'static int f() { return Other.K + Other.L.length() + Other.nonConst; }',
    'class Other { static final int K = 1000; static final String L = "abc"; static int nonConst = 3; static final long J = 5; }',
  );

  it('inlines static final constants of another class instead of reading the field', () => {
    const f = listing(classes.get('Main')!, 'f');
    expect(f).toContain('sipush 1000');
    expect(f).toContain('ldc "abc"');
    expect(f.filter((l) => l.startsWith('getstatic'))).toEqual(['getstatic Other.nonConst:I']);
  });

  it('gives static final constants a ConstantValue attribute and no <clinit> store', () => {
    const other = classes.get('Other')!;
    const withValue = other.fields.filter((f) => f.constantValueIndex !== 0).map((f) => utf8At(other.constantPool, f.nameIndex));
    expect(withValue.sort()).toEqual(['J', 'K', 'L']);
    expect(listing(other, '<clinit>')).toEqual(['iconst_3', 'putstatic Other.nonConst:I', 'return']);
  });

  it('loads -0.0 from the pool and uses fconst/dconst only for +0.0, 1 and 2', () => {
    const m = main('static double z() { double a = -0.0; float b = 0f; float c = 2f; return a + b + c; }');
    const ops = listing(m, 'z');
    expect(ops[0]).toBe('ldc -0.0');
    expect(ops).toContain('fconst_0');
    expect(ops).toContain('fconst_2');
  });
});

describe('assignment operators', () => {
  it('uses iinc for int locals and narrows byte compound assignment with i2b', () => {
    const ops = listing(main('static void g() { int i = 0; i += 5; i -= 200; i++; byte b = 1; b += 1; }'), 'g');
    expect(ops.slice(2, 5)).toEqual(['iinc 0 5', 'iinc 0 -200', 'iinc 0 1']);
    expect(ops.slice(7)).toEqual(['iload 1', 'iconst_1', 'iadd', 'i2b', 'istore 1', 'return']);
  });

  it('evaluates an array element address once and keeps the new value with dup_x2', () => {
    const ops = opcodes(main('static long h(long[] a, int i) { return a[i] += 2; }'), 'h');
    expect(ops).toEqual(['aload', 'dup', 'iload', 'dup_x1', 'laload', 'ldc', 'ladd', 'dup_x2', 'lastore', 'lreturn']);
  });

  it('keeps the old value of a post-increment on a field with dup_x1', () => {
    const ops = opcodes(main('int n; int p() { return n++; }'), 'p');
    expect(ops).toEqual(['aload', 'dup', 'getfield', 'dup_x1', 'iconst_1', 'iadd', 'putfield', 'ireturn']);
  });
});

describe('try/finally', () => {
  const m = main(`
    static void marker() {}
    static void fin() {}
    static int h(int x) {
      for (;;) {
        try {
          if (x == 1) break;
          if (x == 2) continue;
          if (x == 3) return 5;
          marker();
        } finally {
          fin();
        }
      }
      return 0;
    }`);
  const ops = listing(m, 'h');
  const code = findMethod(m, 'h').code!;

  it('inlines the finally block on break, continue, return, normal exit and in the catch-any handler', () => {
    expect(ops.filter((l) => l === 'invokestatic Main.fin:()V')).toHaveLength(5);
    expect(code.exceptionTable.some((h) => h.catchType === 0)).toBe(true);
    const rethrow = ops.indexOf('athrow');
    expect(ops.slice(rethrow - 3, rethrow + 1)).toEqual(['astore 1', 'invokestatic Main.fin:()V', 'aload 1', 'athrow']);
  });

  it('never covers an inlined finally copy by a handler', () => {
    const finPcs = located(m, 'h').filter((l) => l.text === 'invokestatic Main.fin:()V').map((l) => l.pc);
    expect(finPcs).toHaveLength(5);
    for (const p of finPcs) {
      for (const h of code.exceptionTable) expect(p >= h.startPc && p < h.endPc, `fin() at ${p} inside [${h.startPc},${h.endPc})`).toBe(false);
    }
  });

  it('saves the return value in a temporary while the finally block runs', () => {
    const i = ops.indexOf('iconst_5');
    expect(ops.slice(i, i + 5)).toEqual(['iconst_5', 'istore 1', 'invokestatic Main.fin:()V', 'iload 1', 'ireturn']);
  });
});

