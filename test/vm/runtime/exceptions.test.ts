// Run-time exceptions raised by the interpreter (JVMS §6.5) with Java's messages, exception
// dispatch by exception table (subclass matching, catch-all), and unwinding across frames.

import { describe, expect, it } from 'vitest';
import { Access } from '../../../vm/bytecode/classfile.ts';
import { JArray, JObject } from '../../../vm/runtime/heap.ts';
import { callStatic, ClassMaker, classMap, evalStatic, evalThrows, javaExceptionOf, makeVm, PS, PUBLIC } from './fixtures.ts';

describe('run-time exceptions carry Java messages', () => {
  it('idiv by zero raises ArithmeticException "/ by zero"', () => {
    expect(
      evalThrows('()I', (c) => {
        c.emit('iconst_1');
        c.emit('iconst_0');
        c.emit('idiv');
        c.emit('ireturn');
      }),
    ).toBe('java.lang.ArithmeticException: / by zero');
  });

  it('lrem by zero raises ArithmeticException', () => {
    expect(
      evalThrows('()J', (c) => {
        c.emit('lconst_1');
        c.emit('lconst_0');
        c.emit('lrem');
        c.emit('lreturn');
      }),
    ).toBe('java.lang.ArithmeticException: / by zero');
  });

  it('integer MIN_VALUE / -1 wraps instead of trapping', () => {
    expect(
      evalStatic('()I', (c, cp) => {
        c.emit('ldc', cp.integer(-2147483648));
        c.emit('iconst_m1');
        c.emit('idiv');
        c.emit('ireturn');
      }),
    ).toBe(-2147483648);
  });

  it('array index out of bounds names index and length', () => {
    expect(
      evalThrows('()I', (c) => {
        c.emit('iconst_3');
        c.emit('newarray', 10);
        c.emit('iconst_5');
        c.emit('iaload');
        c.emit('ireturn');
      }),
    ).toBe('java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3');
  });

  it('a negative index is out of bounds too', () => {
    expect(
      evalThrows('()V', (c) => {
        c.emit('iconst_2');
        c.emit('newarray', 5);
        c.emit('iconst_m1');
        c.emit('iconst_1');
        c.emit('castore');
        c.emit('return');
      }),
    ).toBe('java.lang.ArrayIndexOutOfBoundsException: Index -1 out of bounds for length 2');
  });

  it('a negative array size raises NegativeArraySizeException with the size', () => {
    expect(
      evalThrows('()V', (c, cp) => {
        c.emit('iconst_m1');
        c.emit('anewarray', cp.classRef('java/lang/String'));
        c.emit('pop');
        c.emit('return');
      }),
    ).toBe('java.lang.NegativeArraySizeException: -1');
  });

  it('an array too large for the heap raises OutOfMemoryError, not a host failure', () => {
    expect(
      evalThrows('()V', (c, cp) => {
        c.emit('ldc', cp.integer(2147483647));
        c.emit('newarray', 11);
        c.emit('pop');
        c.emit('return');
      }),
    ).toBe('java.lang.OutOfMemoryError: Java heap space');
  });

  it('multianewarray checks every dimension before allocating', () => {
    expect(
      evalThrows('()V', (c, cp) => {
        c.emit('iconst_2');
        c.emit('bipush', -3);
        c.emit('multianewarray', cp.classRef('[[I'), 2);
        c.emit('pop');
        c.emit('return');
      }),
    ).toBe('java.lang.NegativeArraySizeException: -3');
  });

  it('storing the wrong type into an Object[] that is really a String[] raises ArrayStoreException', () => {
    expect(
      evalThrows('()V', (c, cp) => {
        c.emit('iconst_1');
        c.emit('anewarray', cp.classRef('java/lang/String'));
        c.emit('iconst_0');
        c.emit('new', cp.classRef('java/lang/Object'));
        c.emit('dup');
        c.emit('invokespecial', cp.methodRef('java/lang/Object', '<init>', '()V'));
        c.emit('aastore');
        c.emit('return');
      }),
    ).toBe('java.lang.ArrayStoreException: java.lang.Object');
  });

  it('a field read on null raises NullPointerException', () => {
    const box = new ClassMaker('Box').field('x', 'I', PUBLIC).defaultInit();
    const msg = evalThrows(
      '()I',
      (c, cp) => {
        c.emit('aconst_null');
        c.emit('getfield', cp.fieldRef('Box', 'x', 'I'));
        c.emit('ireturn');
      },
      [box],
    );
    expect(msg).toBe('java.lang.NullPointerException: Cannot read field "x" because "null" is null');
  });

  it('arraylength of null and athrow of null raise NullPointerException', () => {
    expect(
      evalThrows('()I', (c) => {
        c.emit('aconst_null');
        c.emit('arraylength');
        c.emit('ireturn');
      }),
    ).toMatch(/^java\.lang\.NullPointerException/);
    expect(
      evalThrows('()V', (c) => {
        c.emit('aconst_null');
        c.emit('athrow');
      }),
    ).toMatch(/^java\.lang\.NullPointerException/);
  });

  it('a failed checkcast names both classes as HotSpot does', () => {
    expect(
      evalThrows('()V', (c, cp) => {
        c.emit('ldc', cp.string('x'));
        c.emit('checkcast', cp.classRef('[I'));
        c.emit('pop');
        c.emit('return');
      }),
    ).toBe(
      "java.lang.ClassCastException: class java.lang.String cannot be cast to class [I (java.lang.String and [I are in module java.base of loader 'bootstrap')",
    );
  });

  it('a cast between user classes mentions the app loader', () => {
    const a = new ClassMaker('A').defaultInit();
    const b = new ClassMaker('B').defaultInit();
    expect(
      evalThrows(
        '()V',
        (c, cp) => {
          c.emit('new', cp.classRef('A'));
          c.emit('dup');
          c.emit('invokespecial', cp.methodRef('A', '<init>', '()V'));
          c.emit('checkcast', cp.classRef('B'));
          c.emit('pop');
          c.emit('return');
        },
        [a, b],
      ),
    ).toBe("java.lang.ClassCastException: class A cannot be cast to class B (A and B are in unnamed module of loader 'app')");
  });
});

/**
 * Thrower.deep(n): recurses n frames then throws a new IllegalStateException("deep");
 * Main.f() calls it inside a try range with the given catch type and returns 1 if caught.
 */
function throwerClass(): ClassMaker {
  return new ClassMaker('Thrower').method('deep', '(I)V', PS, (c, cp) => {
    const down = c.newLabel();
    c.line(10);
    c.emit('iload', 0);
    c.emitBranch('ifne', down);
    c.line(11);
    c.emit('new', cp.classRef('java/lang/IllegalStateException'));
    c.emit('dup');
    c.emit('ldc', cp.string('deep'));
    c.emit('invokespecial', cp.methodRef('java/lang/IllegalStateException', '<init>', '(Ljava/lang/String;)V'));
    c.emit('athrow');
    c.mark(down);
    c.line(13);
    c.emit('iload', 0);
    c.emit('iconst_1');
    c.emit('isub');
    c.emit('invokestatic', cp.methodRef('Thrower', 'deep', '(I)V'));
    c.emit('return');
  });
}

function catcher(catchType: string | null): ClassMaker {
  return new ClassMaker('Main').method('f', '()I', PS, (c, cp) => {
    const start = c.newLabel();
    const end = c.newLabel();
    const handler = c.newLabel();
    c.mark(start);
    c.emit('iconst_3');
    c.emit('invokestatic', cp.methodRef('Thrower', 'deep', '(I)V'));
    c.mark(end);
    c.emit('iconst_0');
    c.emit('ireturn');
    c.mark(handler);
    c.emit('pop');
    c.emit('iconst_1');
    c.emit('ireturn');
    c.addHandler(start, end, handler, catchType ? cp.classRef(catchType) : 0);
  });
}

describe('exception dispatch', () => {
  it('catches an exception thrown several frames down by a handler for its superclass', () => {
    const t = makeVm(classMap(catcher('java/lang/RuntimeException'), throwerClass()));
    expect(callStatic(t, 'Main', 'f', '()I')).toBe(1);
    expect(t.vm.interp.frames.length).toBe(0);
  });

  it('a catch-all handler (catch type 0) catches anything', () => {
    const t = makeVm(classMap(catcher(null), throwerClass()));
    expect(callStatic(t, 'Main', 'f', '()I')).toBe(1);
  });

  it('a handler for an unrelated class does not catch, and the exception escapes', () => {
    const t = makeVm(classMap(catcher('java/lang/ArithmeticException'), throwerClass()));
    expect(javaExceptionOf(t, () => callStatic(t, 'Main', 'f', '()I'))).toBe('java.lang.IllegalStateException: deep');
    expect(t.vm.interp.frames.length).toBe(0);
  });

  it('records the stack trace innermost first with source lines, skipping constructor frames', () => {
    const t = makeVm(classMap(catcher('java/lang/ArithmeticException'), throwerClass()));
    let trace: string[] = [];
    try {
      callStatic(t, 'Main', 'f', '()I');
    } catch (e) {
      const obj = (e as { object: JObject }).object;
      const arr = t.vm.getField(obj, 'stackTrace') as JArray;
      trace = (arr.data as JObject[]).map((el) => {
        const s = (n: string): string => t.vm.jsString(t.vm.getField(el, n) as JObject);
        return `${s('declaringClass')}.${s('methodName')}(${s('fileName')}:${t.vm.getField(el, 'lineNumber') as number})`;
      });
    }
    expect(trace).toEqual([
      'Thrower.deep(Thrower.java:11)',
      'Thrower.deep(Thrower.java:13)',
      'Thrower.deep(Thrower.java:13)',
      'Thrower.deep(Thrower.java:13)',
      'Main.f(Main.java:-1)',
    ]);
  });

  it('a handler resumes with the exception as the only stack value', () => {
    expect(
      evalStatic('()I', (c, cp) => {
        const start = c.newLabel();
        const end = c.newLabel();
        const handler = c.newLabel();
        c.emit('bipush', 42);
        c.emit('istore', 0);
        c.emit('iconst_1'); // left on the stack when the exception hits
        c.mark(start);
        c.emit('iconst_1');
        c.emit('iconst_0');
        c.emit('idiv');
        c.mark(end);
        c.emit('ireturn');
        c.mark(handler);
        c.emit('instanceof', cp.classRef('java/lang/ArithmeticException'));
        c.emit('iload', 0);
        c.emit('iadd');
        c.emit('ireturn');
        c.addHandler(start, end, handler, cp.classRef('java/lang/Exception'));
      }),
    ).toBe(43);
  });

  it('exceptions raised by natives are catchable (UnsatisfiedLinkError for a missing native)', () => {
    const lib = new ClassMaker('Lib').method('missing', '()V', PS | Access.NATIVE, null);
    expect(
      evalThrows(
        '()V',
        (c, cp) => {
          c.emit('invokestatic', cp.methodRef('Lib', 'missing', '()V'));
          c.emit('return');
        },
        [lib],
      ),
    ).toBe("java.lang.UnsatisfiedLinkError: 'void Lib.missing()'");
  });

  it('user code can throw and catch its own exception class', () => {
    const mine = new ClassMaker('MyEx', 'java/lang/RuntimeException').defaultInit();
    expect(
      evalStatic(
        '()I',
        (c, cp) => {
          const start = c.newLabel();
          const end = c.newLabel();
          const handler = c.newLabel();
          c.mark(start);
          c.emit('new', cp.classRef('MyEx'));
          c.emit('dup');
          c.emit('invokespecial', cp.methodRef('MyEx', '<init>', '()V'));
          c.emit('athrow');
          c.mark(end);
          c.mark(handler);
          c.emit('instanceof', cp.classRef('MyEx'));
          c.emit('ireturn');
          c.addHandler(start, end, handler, cp.classRef('MyEx'));
        },
        [mine],
      ),
    ).toBe(1);
  });
});
