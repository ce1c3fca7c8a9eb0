// Resource limits: deep recursion raises StackOverflowError (never a host stack overflow),
// and the instruction budget stops a program with a typed outcome.

import { describe, expect, it } from 'vitest';
import { BudgetExhausted } from '../../../vm/runtime/errors.ts';
import { callStatic, ClassMaker, classMap, javaExceptionOf, makeVm, PS } from './fixtures.ts';

/** static int down(int n) { return n == 0 ? 0 : 1 + down(n - 1); } */
function recursive(): ClassMaker {
  return new ClassMaker('Rec').method('down', '(I)I', PS, (c, cp) => {
    const more = c.newLabel();
    c.emit('iload', 0);
    c.emitBranch('ifne', more);
    c.emit('iconst_0');
    c.emit('ireturn');
    c.mark(more);
    c.emit('iconst_1');
    c.emit('iload', 0);
    c.emit('iconst_1');
    c.emit('isub');
    c.emit('invokestatic', cp.methodRef('Rec', 'down', '(I)I'));
    c.emit('iadd');
    c.emit('ireturn');
  });
}

/** static int f() { try { return Rec.down(huge); } catch (StackOverflowError e) { return -1; } } */
function catchesOverflow(depth: number): ClassMaker {
  return new ClassMaker('Main').method('f', '()I', PS, (c, cp) => {
    const start = c.newLabel();
    const end = c.newLabel();
    const handler = c.newLabel();
    c.mark(start);
    c.emit('ldc', cp.integer(depth));
    c.emit('invokestatic', cp.methodRef('Rec', 'down', '(I)I'));
    c.emit('ireturn');
    c.mark(end);
    c.mark(handler);
    c.emit('pop');
    c.emit('iconst_m1');
    c.emit('ireturn');
    c.addHandler(start, end, handler, cp.classRef('java/lang/StackOverflowError'));
  });
}

describe('call depth', () => {
  it('runs recursion far deeper than the host stack allows when the limit permits', () => {
    const t = makeVm(classMap(recursive()), { maxCallDepth: 300_000 });
    expect(callStatic(t, 'Rec', 'down', '(I)I', [200_000])).toBe(200_000);
  });

  it('raises a catchable StackOverflowError at the configured depth', () => {
    const t = makeVm(classMap(recursive(), catchesOverflow(1_000_000)), { maxCallDepth: 5_000 });
    expect(callStatic(t, 'Main', 'f', '()I')).toBe(-1);
    expect(t.vm.interp.frames.length).toBe(0);
  });

  it('an uncaught StackOverflowError escapes as a Java exception, not a host error', () => {
    const t = makeVm(classMap(recursive()), { maxCallDepth: 1_000 });
    expect(javaExceptionOf(t, () => callStatic(t, 'Rec', 'down', '(I)I', [5_000]))).toBe('java.lang.StackOverflowError');
  });

  it('frames declaring huge local tables overflow early instead of exhausting host memory', () => {
    const greedy = new ClassMaker('Greedy').method('down', '()V', PS, (c, cp) => {
      c.emit('invokestatic', cp.methodRef('Greedy', 'down', '()V'));
      c.emit('return');
    }, 1, 65535);
    const t = makeVm(classMap(greedy));
    expect(javaExceptionOf(t, () => callStatic(t, 'Greedy', 'down', '()V'))).toBe('java.lang.StackOverflowError');
    expect(t.vm.interp.frames.length).toBe(0);
  });

  it('the default depth limit also stops unbounded recursion', () => {
    const t = makeVm(classMap(recursive(), catchesOverflow(100_000_000)));
    expect(callStatic(t, 'Main', 'f', '()I')).toBe(-1);
  });
});

describe('instruction budget', () => {
  const spin = (): ClassMaker =>
    new ClassMaker('Spin').method('forever', '()V', PS, (c) => {
      const top = c.newLabel();
      c.mark(top);
      c.emit('nop');
      c.emitBranch('goto', top);
    });

  it('stops an endless loop after exactly the budget', () => {
    const t = makeVm(classMap(spin()), { maxInstructions: 10_000 });
    let caught: unknown = null;
    try {
      callStatic(t, 'Spin', 'forever', '()V');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(BudgetExhausted);
    expect(t.vm.interp.instructions).toBe(10_000);
  });

  it('does not interfere with a program that finishes within budget', () => {
    const t = makeVm(classMap(recursive()), { maxInstructions: 1_000 });
    expect(callStatic(t, 'Rec', 'down', '(I)I', [10])).toBe(10);
    expect(t.vm.interp.instructions).toBeLessThan(1_000);
  });
});

describe('host memory', () => {
  it('an allocation loop that keeps everything raises OutOfMemoryError instead of exhausting the host', () => {
    // static void f() { Object[] head = null; for (;;) { Object[] n = new Object[64]; n[0] = head; head = n; } }
    const hog = new ClassMaker('Hog').method('f', '()V', PS, (c, cp) => {
      const top = c.newLabel();
      c.emit('aconst_null');
      c.emit('astore', 0);
      c.mark(top);
      c.emit('bipush', 64);
      c.emit('anewarray', cp.classRef('java/lang/Object'));
      c.emit('dup');
      c.emit('iconst_0');
      c.emit('aload', 0);
      c.emit('aastore');
      c.emit('astore', 0);
      c.emitBranch('goto', top);
    });
    const t = makeVm(classMap(hog), { maxHostHeap: process.memoryUsage().heapUsed + 64 * 2 ** 20 });
    expect(javaExceptionOf(t, () => callStatic(t, 'Hog', 'f', '()V'))).toBe('java.lang.OutOfMemoryError: Java heap space');
  }, 60_000);
});
