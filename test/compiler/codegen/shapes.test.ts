// The shapes of emitted code where the shape itself is the point: constant inlining (no
// getstatic, so no class initialization), iinc and implicit narrowing, finally copies on
// every exit and never covered by their own handlers, multi-catch table entries, javac's
// switch choices, StringBuilder overloads, invocation kinds, constructor assembly, <clinit>
// order, max_stack/max_locals and line numbers.

import { describe, expect, it } from 'vitest';
import { compileJava, compileMain, findMethod, listing, located, opcodes } from './helpers.ts';
import { classNameAt, utf8At } from '../../../vm/bytecode/constant-pool.ts';
import type { ClassFile, MethodInfo } from '../../../vm/bytecode/classfile.ts';

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


describe('catch clauses', () => {
  it('gives each multi-catch alternative its own exception-table entry to one handler', () => {
    const m = main(`static int t(int k) {
      try { if (k == 0) throw new IllegalStateException(); return 1; }
      catch (IllegalArgumentException | IllegalStateException e) { return 2; } }`);
    const table = findMethod(m, 't').code!.exceptionTable;
    expect(table).toHaveLength(2);
    expect(new Set(table.map((h) => h.handlerPc)).size).toBe(1);
    const names = table.map((h) => classNameAt(m.constantPool, h.catchType));
    expect(names).toEqual(['java/lang/IllegalArgumentException', 'java/lang/IllegalStateException']);
  });
});

describe('switch', () => {
  it('uses tableswitch for dense int cases and lookupswitch for sparse ones', () => {
    const m = main(`static int d(int x) { switch (x) { case 1: return 10; case 2: return 20; case 4: return 40; default: return 0; } }
      static int s(int x) { switch (x) { case 1: return 10; case 1000: return 20; case -50000: return 40; } return 0; }`);
    expect(opcodes(m, 'd')).toContain('tableswitch');
    expect(opcodes(m, 's')).toContain('lookupswitch');
  });

  it('switches on a String by hashCode, then equals, then the case index', () => {
    const ops = listing(main('static int w(String s) { switch (s) { case "Aa": return 1; case "BB": return 2; case "c": return 3; } return 0; }'), 'w');
    const hash = ops.indexOf('invokevirtual java/lang/String.hashCode:()I');
    expect(hash).toBeGreaterThan(0);
    expect(ops[hash + 1]).toBe('lookupswitch');
    // "Aa" and "BB" share a hash code, so one case tests equals twice.
    expect(ops.filter((l) => l === 'invokevirtual java/lang/String.equals:(Ljava/lang/Object;)Z')).toHaveLength(3);
    expect(ops.filter((l) => l === 'tableswitch')).toHaveLength(1);
  });
});

describe('string concatenation', () => {
  it('chooses the StringBuilder.append overload from each operand type', () => {
    const ops = listing(
      main('static String c(char ch, byte b, short s, char[] arr, Object o, String str, boolean z, long l, float f, double d) { return "" + ch + b + s + arr + o + str + z + l + f + d; }'),
      'c',
    );
    const appends = ops.filter((l) => l.includes('StringBuilder.append')).map((l) => l.slice(l.indexOf('(') + 1, l.indexOf(')')));
    expect(appends).toEqual(['Ljava/lang/String;', 'C', 'I', 'I', 'Ljava/lang/Object;', 'Ljava/lang/Object;', 'Ljava/lang/String;', 'Z', 'J', 'F', 'D']);
    expect(ops.at(-2)).toBe('invokevirtual java/lang/StringBuilder.toString:()Ljava/lang/String;');
  });

  it('folds a constant concatenation into one ldc', () => {
    expect(listing(main('static String k() { return "a" + 1 + \'c\' + 2L + true; }'), 'k')).toEqual(['ldc "a1c2true"', 'areturn']);
  });
});

describe('invocations', () => {
  const m = main(
    `private int secret() { return 1; }
     int call(Runnable2 r, Main other) { r.run(); return secret() + super.hashCode() + other.value(); }
     int value() { return 2; }
     static int st() { return 3; }
     int viaInstance(Main m) { return m.st(); }`,
    'interface Runnable2 { void run(); }',
  );

  it('uses invokeinterface, invokespecial for private and super calls, invokevirtual otherwise', () => {
    const calls = listing(m, 'call').filter((l) => l.startsWith('invoke'));
    expect(calls).toEqual([
      'invokeinterface Runnable2.run:()V',
      'invokespecial Main.secret:()I',
      'invokespecial java/lang/Object.hashCode:()I',
      'invokevirtual Main.value:()I',
    ]);
  });

  it('evaluates and discards a value that qualifies a static call (JLS §15.12.4.1)', () => {
    expect(opcodes(m, 'viaInstance')).toEqual(['aload', 'pop', 'invokestatic', 'ireturn']);
  });
});

describe('constructors and initializers', () => {
  const m = main(`
    int a = 5;
    { a += 1; }
    Main() { this(1); }
    Main(int x) { a += x; }
    static int s1 = f(1);
    static { f(2); }
    static int s2 = f(3);
    static int f(int k) { return k; }`);

  it('runs field initializers after super() and skips them in a constructor that calls this()', () => {
    expect(listing(m, '<init>').length).toBeGreaterThan(0);
    const inits = m.methods.filter((x) => utf8At(m.constantPool, x.nameIndex) === '<init>');
    const [noArg, oneArg] = inits.map((x) => listingOf(m, x));
    expect(noArg).toEqual(['aload 0', 'iconst_1', 'invokespecial Main.<init>:(I)V', 'return']);
    expect(oneArg.slice(0, 5)).toEqual(['aload 0', 'invokespecial java/lang/Object.<init>:()V', 'aload 0', 'iconst_5', 'putfield Main.a:I']);
  });

  it('puts static initializers into <clinit> in textual order', () => {
    const calls = listing(m, '<clinit>').filter((l) => l.startsWith('invokestatic'));
    expect(calls).toHaveLength(3);
    const args = listing(m, '<clinit>').filter((l) => l.startsWith('iconst_'));
    expect(args).toEqual(['iconst_1', 'iconst_2', 'iconst_3']);
  });

  it('gives a class without constructors a default constructor calling super()', () => {
    const c = compileMain('', 'class Plain {}').get('Plain')!;
    expect(listing(c, '<init>')).toEqual(['aload 0', 'invokespecial java/lang/Object.<init>:()V', 'return']);
  });
});

describe('limits and debug information', () => {
  it('computes max_stack and max_locals (one slot per long)', () => {
    const m = main('static long m(long a, long b) { long c = a * b + (a - b); return c; }');
    const code = findMethod(m, 'm').code!;
    expect(code.maxStack).toBe(3);
    expect(code.maxLocals).toBe(3);
  });

  it('records a line number for each statement', () => {
    const m = main('static int n(int x) {\n int y = x;\n y++;\n return y;\n}');
    const lines = findMethod(m, 'n').code!.lineNumbers.map((l) => l.line);
    expect(lines).toEqual([3, 4, 5]);
  });
});

/** Listing of one specific MethodInfo (constructors share a name). */
function listingOf(cf: ClassFile, mi: MethodInfo): string[] {
  return listing({ ...cf, methods: [mi] }, utf8At(cf.constantPool, mi.nameIndex));
}

describe('class-file limits', () => {
  it('reports a method over 64K of code as a diagnostic, not a crash', () => {
    const body = Array.from({ length: 5000 }, () => 'f += 100000;').join('\n');
    const r = compileJava({ 'Main.java': `class Main { int f; void big() {\n${body}\n} }` });
    expect(r.errors.some((e) => e.includes('RF9001'))).toBe(true);
  });
});
