// Semantics of the non-arithmetic opcodes (JVMS §6.5): constants, locals, stack shuffles,
// branches and switches, array element types (with their narrowing), fields, ldc of every
// constant kind. Arithmetic is checked against java in numeric-vs-java.test.ts.

import { describe, expect, it } from 'vitest';
import type { CodeBuilder } from '../../../vm/bytecode/code-builder.ts';
import type { ConstantPoolBuilder } from '../../../vm/bytecode/constant-pool.ts';
import { JObject } from '../../../vm/runtime/heap.ts';
import { callStatic, ClassMaker, classMap, evalStatic, makeVm, PS, PUBLIC } from './fixtures.ts';

const ret = (desc: string, body: (c: CodeBuilder, cp: ConstantPoolBuilder) => void): unknown => evalStatic(desc, body);

describe('constants and locals', () => {
  it('iconst/bipush/sipush push sign-extended ints', () => {
    const v = ret('()I', (c) => {
      c.emit('iconst_m1');
      c.emit('bipush', -128);
      c.emit('iadd');
      c.emit('sipush', 32767);
      c.emit('iadd');
      c.emit('ireturn');
    });
    expect(v).toBe(-1 - 128 + 32767);
  });

  it('lconst/fconst/dconst push the right types', () => {
    expect(ret('()J', (c) => (c.emit('lconst_1'), c.emit('lreturn')))).toBe(1n);
    expect(ret('()F', (c) => (c.emit('fconst_2'), c.emit('freturn')))).toBe(2);
    expect(ret('()D', (c) => (c.emit('dconst_1'), c.emit('dreturn')))).toBe(1);
  });

  it('ldc loads int, float (NaN and -0.0 kept), long, double and String constants', () => {
    expect(ret('()I', (c, cp) => (c.emit('ldc', cp.integer(-123456789)), c.emit('ireturn')))).toBe(-123456789);
    expect(ret('()F', (c, cp) => (c.emit('ldc', cp.float(0.1)), c.emit('freturn')))).toBe(Math.fround(0.1));
    expect(Object.is(ret('()F', (c, cp) => (c.emit('ldc', cp.float(-0)), c.emit('freturn'))), -0)).toBe(true);
    expect(ret('()F', (c, cp) => (c.emit('ldc', cp.floatBits(0x7fc00001)), c.emit('freturn')))).toBeNaN();
    expect(ret('()J', (c, cp) => (c.emit('ldc', cp.long(-9223372036854775808n)), c.emit('lreturn')))).toBe(-9223372036854775808n);
    expect(ret('()D', (c, cp) => (c.emit('ldc', cp.double(1e300)), c.emit('dreturn')))).toBe(1e300);
  });

  it('equal string literals are the same object (interned), across classes', () => {
    const other = new ClassMaker('Other').method('s', '()Ljava/lang/Object;', PS, (c, cp) => {
      c.emit('ldc', cp.string('hello'));
      c.emit('areturn');
    });
    const v = evalStatic(
      '()I',
      (c, cp) => {
        const same = c.newLabel();
        c.emit('ldc', cp.string('hello'));
        c.emit('invokestatic', cp.methodRef('Other', 's', '()Ljava/lang/Object;'));
        c.emitBranch('if_acmpeq', same);
        c.emit('iconst_0');
        c.emit('ireturn');
        c.mark(same);
        c.emit('iconst_1');
        c.emit('ireturn');
      },
      [other],
    );
    expect(v).toBe(1);
  });

  it('ldc of a Class constant gives the one Class object of that class', () => {
    const t = makeVm(
      classMap(
        new ClassMaker('Main').method('f', '()Ljava/lang/Object;', PS, (c, cp) => {
          c.emit('ldc', cp.classRef('Main'));
          c.emit('areturn');
        }),
      ),
    );
    const a = callStatic(t, 'Main', 'f', '()Ljava/lang/Object;') as JObject;
    expect(a.cls.name).toBe('java/lang/Class');
    expect(a).toBe(t.vm.classObject(t.vm.appLoader.load('Main')));
    expect(t.vm.nativeContext.className(a)).toBe('Main');
  });

  it('iinc adds a signed 16-bit constant with wraparound', () => {
    expect(
      ret('()I', (c, cp) => {
        c.emit('ldc', cp.integer(2147483647));
        c.emit('istore', 3);
        c.emit('iinc', 3, 1);
        c.emit('iinc', 3, -32768);
        c.emit('iload', 3);
        c.emit('ireturn');
      }),
    ).toBe(-2147483648 - 32768 | 0);
  });
});

describe('stack shuffles', () => {
  /** Leaves the stack as digits of a number: [a, b, c] -> a*100 + b*10 + c. */
  const digits3 = (c: CodeBuilder): void => {
    c.emit('istore', 2);
    c.emit('istore', 1);
    c.emit('istore', 0);
    c.emit('iload', 0);
    c.emit('bipush', 100);
    c.emit('imul');
    c.emit('iload', 1);
    c.emit('bipush', 10);
    c.emit('imul');
    c.emit('iadd');
    c.emit('iload', 2);
    c.emit('iadd');
  };

  it('dup_x1 copies the top value under the second: b a -> a b a', () => {
    expect(
      ret('()I', (c) => {
        c.emit('iconst_1');
        c.emit('iconst_2');
        c.emit('dup_x1');
        digits3(c);
        c.emit('ireturn');
      }),
    ).toBe(212);
  });

  it('dup_x2 copies the top value under the third: c b a -> a c b a', () => {
    expect(
      ret('()I', (c) => {
        c.emit('iconst_1');
        c.emit('iconst_2');
        c.emit('iconst_3');
        c.emit('dup_x2');
        digits3(c); // 3 1 2 | 3 -> top three are 1 2 3, the bottom 3 stays
        c.emit('iadd');
        c.emit('ireturn');
      }),
    ).toBe(123 + 3);
  });

  it('swap exchanges the top two, dup duplicates, pop drops (longs take one slot)', () => {
    expect(
      ret('()J', (c) => {
        c.emit('lconst_1');
        c.emit('iconst_5');
        c.emit('swap');
        c.emit('dup');
        c.emit('ladd');
        c.emit('swap');
        c.emit('pop');
        c.emit('lreturn');
      }),
    ).toBe(2n);
  });
});

describe('branches and switches', () => {
  const sw = (kind: 'table' | 'lookup', x: number): unknown =>
    callStatic(
      makeVm(
        classMap(
          new ClassMaker('S').method('f', '(I)I', PS, (c) => {
            const a = c.newLabel();
            const b = c.newLabel();
            const d = c.newLabel();
            c.emit('iload', 0);
            if (kind === 'table') c.emitTableSwitch(-1, 0, [a, b], d);
            else c.emitLookupSwitch([[-1000000, a], [7, b]], d);
            c.mark(a);
            c.emit('bipush', 10);
            c.emit('ireturn');
            c.mark(b);
            c.emit('bipush', 20);
            c.emit('ireturn');
            c.mark(d);
            c.emit('bipush', 30);
            c.emit('ireturn');
          }),
        ),
      ),
      'S',
      'f',
      '(I)I',
      [x],
    );

  it('tableswitch jumps by index and falls to default outside low..high', () => {
    expect([-2, -1, 0, 1, 2147483647].map((x) => sw('table', x))).toEqual([30, 10, 20, 30, 30]);
  });

  it('lookupswitch matches keys exactly', () => {
    expect([-1000000, 7, 8, 0].map((x) => sw('lookup', x))).toEqual([10, 20, 30, 30]);
  });

  it('conditional branches compare signed ints; if_acmp and ifnull compare references', () => {
    const test = (op: 'if_icmplt' | 'if_icmpge' | 'iflt' | 'ifle' | 'ifgt' | 'ifge' | 'ifeq' | 'ifne', a: number, b: number): unknown =>
      evalStatic('()I', (c, cp) => {
        const yes = c.newLabel();
        c.emit('ldc', cp.integer(a));
        if (op.startsWith('if_')) c.emit('ldc', cp.integer(b));
        c.emitBranch(op, yes);
        c.emit('iconst_0');
        c.emit('ireturn');
        c.mark(yes);
        c.emit('iconst_1');
        c.emit('ireturn');
      });
    expect(test('if_icmplt', -2147483648, 2147483647)).toBe(1);
    expect(test('if_icmpge', -1, 0)).toBe(0);
    expect([test('iflt', -1, 0), test('ifle', 0, 0), test('ifgt', 0, 0), test('ifge', 0, 0)]).toEqual([1, 1, 0, 1]);
    expect([test('ifeq', 0, 0), test('ifne', 0, 0)]).toEqual([1, 0]);
    expect(
      evalStatic('()I', (c) => {
        const isNull = c.newLabel();
        c.emit('aconst_null');
        c.emitBranch('ifnull', isNull);
        c.emit('iconst_0');
        c.emit('ireturn');
        c.mark(isNull);
        c.emit('iconst_1');
        c.emit('ireturn');
      }),
    ).toBe(1);
  });
});

describe('every conditional branch', () => {
  const VALUES = [-2147483648, -1, 0, 1, 2147483647];
  const TWO: Record<string, (a: number, b: number) => boolean> = {
    if_icmpeq: (a, b) => a === b,
    if_icmpne: (a, b) => a !== b,
    if_icmplt: (a, b) => a < b,
    if_icmpge: (a, b) => a >= b,
    if_icmpgt: (a, b) => a > b,
    if_icmple: (a, b) => a <= b,
  };
  const ONE: Record<string, (a: number) => boolean> = {
    ifeq: (a) => a === 0,
    ifne: (a) => a !== 0,
    iflt: (a) => a < 0,
    ifge: (a) => a >= 0,
    ifgt: (a) => a > 0,
    ifle: (a) => a <= 0,
  };

  it('takes the branch exactly when Java\'s comparison holds', () => {
    const m = new ClassMaker('Br');
    const branch = (name: string, argc: number): void => {
      m.method(name, argc === 2 ? '(II)I' : '(I)I', PS, (c) => {
        const yes = c.newLabel();
        for (let k = 0; k < argc; k++) c.emit('iload', k);
        c.emitBranch(name as never, yes);
        c.emit('iconst_0');
        c.emit('ireturn');
        c.mark(yes);
        c.emit('iconst_1');
        c.emit('ireturn');
      });
    };
    Object.keys(TWO).forEach((n) => branch(n, 2));
    Object.keys(ONE).forEach((n) => branch(n, 1));
    const t = makeVm(classMap(m));
    const wrong: string[] = [];
    for (const a of VALUES) {
      for (const [n, f] of Object.entries(ONE)) if (callStatic(t, 'Br', n, '(I)I', [a]) !== (f(a) ? 1 : 0)) wrong.push(`${n}(${a})`);
      for (const b of VALUES) {
        for (const [n, f] of Object.entries(TWO)) if (callStatic(t, 'Br', n, '(II)I', [a, b]) !== (f(a, b) ? 1 : 0)) wrong.push(`${n}(${a}, ${b})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('if_acmpne and ifnonnull compare references', () => {
    const v = evalStatic('()I', (c, cp) => {
      const differ = c.newLabel();
      const nonNull = c.newLabel();
      c.emit('ldc', cp.string('a'));
      c.emit('ldc', cp.string('b'));
      c.emitBranch('if_acmpne', differ);
      c.emit('iconst_0');
      c.emit('ireturn');
      c.mark(differ);
      c.emit('ldc', cp.string('a'));
      c.emitBranch('ifnonnull', nonNull);
      c.emit('iconst_0');
      c.emit('ireturn');
      c.mark(nonNull);
      c.emit('iconst_1');
      c.emit('ireturn');
    });
    expect(v).toBe(1);
  });
});

describe('arrays of every element type', () => {
  /** new T[1]; a[0] = value; return a[0]; */
  const roundTrip = (atype: number, store: string, load: string, push: (c: CodeBuilder, cp: ConstantPoolBuilder) => void, desc: string): unknown =>
    evalStatic(desc, (c, cp) => {
      c.emit('iconst_1');
      c.emit('newarray', atype);
      c.emit('dup');
      c.emit('iconst_0');
      push(c, cp);
      c.emit(store as never);
      c.emit('iconst_0');
      c.emit(load as never);
      c.emit(desc.endsWith('J') ? 'lreturn' : desc.endsWith('F') ? 'freturn' : desc.endsWith('D') ? 'dreturn' : 'ireturn');
    });
  const int = (v: number) => (c: CodeBuilder, cp: ConstantPoolBuilder) => c.emit('ldc', cp.integer(v));

  it('byte arrays truncate to 8 bits and sign-extend on load', () => {
    expect(roundTrip(8, 'bastore', 'baload', int(0x1ff), '()I')).toBe(-1);
  });

  it('boolean arrays store value & 1 (JVMS bastore)', () => {
    expect(roundTrip(4, 'bastore', 'baload', int(2), '()I')).toBe(0);
    expect(roundTrip(4, 'bastore', 'baload', int(3), '()I')).toBe(1);
  });

  it('char arrays are unsigned 16-bit, short arrays signed', () => {
    expect(roundTrip(5, 'castore', 'caload', int(-1), '()I')).toBe(65535);
    expect(roundTrip(9, 'sastore', 'saload', int(0x18000), '()I')).toBe(-32768);
  });

  it('int, long, float and double arrays keep their values', () => {
    expect(roundTrip(10, 'iastore', 'iaload', int(-5), '()I')).toBe(-5);
    expect(roundTrip(11, 'lastore', 'laload', (c, cp) => c.emit('ldc', cp.long(-9223372036854775807n)), '()J')).toBe(-9223372036854775807n);
    expect(roundTrip(6, 'fastore', 'faload', (c, cp) => c.emit('ldc', cp.float(1.1)), '()F')).toBe(Math.fround(1.1));
    expect(roundTrip(7, 'dastore', 'daload', (c, cp) => c.emit('ldc', cp.double(-1e-300)), '()D')).toBe(-1e-300);
  });

  it('new arrays are zeroed; multianewarray builds every dimension', () => {
    expect(
      evalStatic('()I', (c, cp) => {
        c.emit('iconst_3');
        c.emit('iconst_4');
        c.emit('multianewarray', cp.classRef('[[J'), 2);
        c.emit('dup');
        c.emit('iconst_2');
        c.emit('aaload');
        c.emit('iconst_3');
        c.emit('laload');
        c.emit('l2i');
        c.emit('swap');
        c.emit('arraylength');
        c.emit('iadd');
        c.emit('ireturn');
      }),
    ).toBe(3);
  });

  it('multianewarray with fewer dimensions than the type leaves inner arrays null', () => {
    expect(
      evalStatic('()I', (c, cp) => {
        const isNull = c.newLabel();
        c.emit('iconst_2');
        c.emit('multianewarray', cp.classRef('[[I'), 1);
        c.emit('iconst_0');
        c.emit('aaload');
        c.emitBranch('ifnull', isNull);
        c.emit('iconst_0');
        c.emit('ireturn');
        c.mark(isNull);
        c.emit('iconst_1');
        c.emit('ireturn');
      }),
    ).toBe(1);
  });
});

describe('fields', () => {
  it('instance fields of a subclass do not clobber the superclass field of the same name (hiding)', () => {
    const base = new ClassMaker('Base').field('x', 'I', PUBLIC).defaultInit();
    const derived = new ClassMaker('Derived', 'Base').field('x', 'I', PUBLIC).defaultInit();
    expect(
      evalStatic(
        '()I',
        (c, cp) => {
          c.emit('new', cp.classRef('Derived'));
          c.emit('dup');
          c.emit('invokespecial', cp.methodRef('Derived', '<init>', '()V'));
          c.emit('astore', 0);
          c.emit('aload', 0);
          c.emit('iconst_1');
          c.emit('putfield', cp.fieldRef('Base', 'x', 'I'));
          c.emit('aload', 0);
          c.emit('iconst_2');
          c.emit('putfield', cp.fieldRef('Derived', 'x', 'I'));
          c.emit('aload', 0);
          c.emit('getfield', cp.fieldRef('Base', 'x', 'I'));
          c.emit('bipush', 10);
          c.emit('imul');
          c.emit('aload', 0);
          c.emit('getfield', cp.fieldRef('Derived', 'x', 'I'));
          c.emit('iadd');
          c.emit('ireturn');
        },
        [base, derived],
      ),
    ).toBe(12);
  });

  it('static fields start at their default values and a boolean field stores value & 1', () => {
    const k = new ClassMaker('K').field('l', 'J', PS).field('z', 'Z', PS);
    expect(
      evalStatic(
        '()J',
        (c, cp) => {
          c.emit('iconst_3');
          c.emit('putstatic', cp.fieldRef('K', 'z', 'Z'));
          c.emit('getstatic', cp.fieldRef('K', 'l', 'J'));
          c.emit('getstatic', cp.fieldRef('K', 'z', 'Z'));
          c.emit('i2l');
          c.emit('ladd');
          c.emit('lreturn');
        },
        [k],
      ),
    ).toBe(1n);
  });
});
