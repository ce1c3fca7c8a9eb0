// Checks the expression generator itself: deterministic for a seed, and a default-sized batch
// exercises every operator, cast and literal kind the property test claims to cover.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchProgram, item, javaDouble, javaFloat, javaLong, variableInits } from './expr-gen.ts';

const sample = (seed: number) => fc.sample(fc.array(item(3), { minLength: 300, maxLength: 300 }), { seed, numRuns: 1 })[0]!;

describe('arithmetic expression generator', () => {
  it('gives the same batch for the same seed and a different one for another seed', () => {
    expect(sample(7).map((i) => i.code)).toEqual(sample(7).map((i) => i.code));
    expect(sample(7).map((i) => i.code)).not.toEqual(sample(8).map((i) => i.code));
  });

  it('covers every operator, cast, compound assignment and edge literal in two default-size batches', () => {
    const text = [...sample(20261126), ...sample(20261127)].map((i) => i.code).join('\n');
    const wanted = [' + ', ' - ', ' * ', ' / ', ' % ', ' & ', ' | ', ' ^ ', ' << ', ' >> ', ' >>> ', '(~', '(-', ' ? ',
      ' < ', ' <= ', ' > ', ' >= ', ' == ', ' != ', ' && ', ' || ', '(!', '((int) ', '((long) ', '((float) ', '((double) ',
      '((char) ', ' += ', ' -= ', ' *= ', ' /= ', ' %= ', ' <<= ', ' >>>= ', '++t', 't--', 'NaN', 'INFINITY', '2147483648', 'L', 'while (k < 3', '"" + '];
    for (const w of wanted) expect(text, `batch should contain ${JSON.stringify(w)}`).toContain(w);
  });

  it('spells literals so Java reads back exactly the generated value', () => {
    expect(javaLong(-(2n ** 63n))).toBe('(-9223372036854775808L)');
    expect(javaDouble(-0)).toBe('(-0.0)');
    expect(javaDouble(1e21)).toBe('1e+21d');
    expect(javaDouble(5e-324)).toBe('5e-324d');
    expect(javaFloat(0.1)).toBe('0.10000000149011612f');
    expect(javaFloat(1e39)).toBe('Float.POSITIVE_INFINITY');
  });

  it('wraps every item so it prints one line even when it divides by zero', () => {
    const [inits] = fc.sample(variableInits, { seed: 1, numRuns: 1 });
    const src = batchProgram(inits!, [{ code: 'System.out.println(1 / i0);' }]);
    expect(src).toContain('catch (ArithmeticException e) { System.out.println("AE " + e.getMessage()); }');
    expect(src).toMatch(/static int i0 = /);
  });
});
