// Performance smoke test: fib(30) (~1.6M calls, ~25M bytecodes) must run in a few seconds.
// Prints the measured time and rate so regressions are visible in the test log.

import { describe, expect, it } from 'vitest';
import { callStatic, ClassMaker, classMap, makeVm, PS } from './fixtures.ts';

/** static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } */
export function fibClass(): ClassMaker {
  return new ClassMaker('Fib').method('fib', '(I)I', PS, (c, cp) => {
    const recurse = c.newLabel();
    c.emit('iload', 0);
    c.emit('iconst_2');
    c.emitBranch('if_icmpge', recurse);
    c.emit('iload', 0);
    c.emit('ireturn');
    c.mark(recurse);
    c.emit('iload', 0);
    c.emit('iconst_1');
    c.emit('isub');
    c.emit('invokestatic', cp.methodRef('Fib', 'fib', '(I)I'));
    c.emit('iload', 0);
    c.emit('iconst_2');
    c.emit('isub');
    c.emit('invokestatic', cp.methodRef('Fib', 'fib', '(I)I'));
    c.emit('iadd');
    c.emit('ireturn');
  }, 4, 1);
}

describe('interpreter performance', () => {
  it('runs fib(30) = 832040 within a few seconds', () => {
    const t = makeVm(classMap(fibClass()));
    const start = performance.now();
    const result = callStatic(t, 'Fib', 'fib', '(I)I', [30]);
    const ms = performance.now() - start;
    const n = t.vm.interp.instructions;
    console.log(`fib(30): ${ms.toFixed(0)} ms, ${n} instructions, ${((n / ms) * 1000 / 1e6).toFixed(1)} M instr/s`);
    expect(result).toBe(832040);
    expect(ms).toBeLessThan(10_000);
  }, 30_000);
});
