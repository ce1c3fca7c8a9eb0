// Denial-of-service attacks on the verifier itself: classes built so that a naive verifier
// would need gigabytes of frames or hours of merging are rejected quickly with a clear
// reason, while large but ordinary methods still pass.

import { describe, expect, test } from 'vitest';
import type { ExceptionHandler } from '../../../vm/bytecode/classfile.ts';
import { Op } from '../../../vm/bytecode/opcodes.ts';
import { oneMethod, verifyResult } from './helpers.ts';

/** A static ()V method whose code is `n` copies of `goto <next>` and then `return`. */
function gotoChain(n: number, maxLocals: number) {
  const cf = oneMethod('return', { locals: maxLocals });
  const code = new Uint8Array(n * 5 + 1);
  for (let i = 0; i < n; i++) code.set([Op.goto, 0, 0, 0, 5], i * 5);
  code[n * 5] = Op.return;
  cf.methods[0]!.code!.code = code;
  return cf;
}

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

describe('verifier work limits', () => {
  test('65535 locals at 13000 branch targets is rejected quickly as too complex', () => {
    const [f, ms] = timed(() => verifyResult(gotoChain(13000, 65535)));
    expect(f?.reason).toContain('too complex to verify');
    expect(ms).toBeLessThan(2000);
  });

  test('65535 overlapping handlers over a long method are rejected quickly as too complex', () => {
    const cf = gotoChain(12000, 4);
    const handlers: ExceptionHandler[] = [];
    for (let i = 0; i < 65535; i++) handlers.push({ startPc: 0, endPc: 60000, handlerPc: 60000, catchType: 0 });
    cf.methods[0]!.code!.exceptionTable = handlers;
    const [f, ms] = timed(() => verifyResult(cf));
    expect(f?.reason).toContain('too complex to verify');
    expect(ms).toBeLessThan(2000);
  });

  test('the budget is per class: many medium methods cannot add up to a long verification', () => {
    const one = gotoChain(300, 1000); // about 600 000 slot operations each, within the budget alone
    const cf = { ...one, methods: [] as typeof one.methods };
    for (let i = 0; i < 40; i++) {
      const cp = cf.constantPool.slice();
      cp.push({ tag: 1, value: `m${i}` });
      cf.constantPool = cp;
      cf.methods.push({ ...one.methods[0]!, nameIndex: cp.length - 1 });
    }
    const [f, ms] = timed(() => verifyResult(cf));
    expect(f?.reason).toContain('too complex to verify');
    expect(ms).toBeLessThan(5000);
  });

  test('a large ordinary method (2000 branch targets, 200 locals) verifies', () => {
    const [f] = timed(() => verifyResult(gotoChain(2000, 200)));
    expect(f).toBeNull();
  });

  test('an ordinary method with several handlers verifies', () => {
    const cf = gotoChain(100, 10);
    const code = new Uint8Array(502);
    code.set(cf.methods[0]!.code!.code); // 100 gotos, then return at 500
    code[501] = Op.athrow; // the handler rethrows what it caught
    cf.methods[0]!.code!.code = code;
    cf.methods[0]!.code!.exceptionTable = [0, 1, 2].map(() => ({ startPc: 0, endPc: 500, handlerPc: 501, catchType: 0 }));
    expect(verifyResult(cf)).toBeNull();
  });
});
