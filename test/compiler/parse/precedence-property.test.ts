// Property: random expression trees, printed with the fewest parentheses Java's precedence
// allows (JLS §15), parse back to the same tree. javac's own parser confirms the printed text is
// valid Java, so the printer cannot drift into accepting what Java would read differently.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exprOf, sexpr } from './helpers.ts';

type E =
  | { k: 'leaf'; text: string; s: string }
  | { k: 'bin'; op: string; l: E; r: E }
  | { k: 'un'; op: string; e: E }
  | { k: 'post'; op: string; name: string }
  | { k: 'cast'; type: string; e: E }
  | { k: 'cond'; c: E; a: E; b: E }
  | { k: 'call'; target: string | null; name: string; args: E[] }
  | { k: 'index'; array: string; i: E }
  | { k: 'inst'; e: E; type: string };

const binaryLevels: string[][] = [['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '>', '<=', '>='], ['<<', '>>', '>>>'], ['+', '-'], ['*', '/', '%']];
const levelOf = (op: string): number => 2 + binaryLevels.findIndex((l) => l.includes(op)); // 2..11
const INST = levelOf('<');
const UNARY = 12;
const POSTFIX = 13;

function prec(e: E): number {
  switch (e.k) {
    case 'cond': return 1;
    case 'bin': return levelOf(e.op);
    case 'inst': return INST;
    case 'un': case 'cast': return UNARY;
    case 'post': return POSTFIX;
    default: return 14;
  }
}

function print(e: E, min: number): string {
  const text = printBare(e);
  return prec(e) < min ? `(${text})` : text;
}

function printBare(e: E): string {
  switch (e.k) {
    case 'leaf': return e.text;
    case 'bin': {
      // `x instanceof T < y` reads `T<` as the start of type arguments, in javac too.
      const left = e.op === '<' && e.l.k === 'inst' ? `(${printBare(e.l)})` : print(e.l, levelOf(e.op));
      return `${left} ${e.op} ${print(e.r, levelOf(e.op) + 1)}`;
    }
    case 'inst': return `${print(e.e, INST)} instanceof ${e.type}`;
    case 'un': {
      const operand = print(e.e, UNARY);
      return /^[-+]/.test(operand) ? `${e.op} ${operand}` : `${e.op}${operand}`;
    }
    case 'post': return `${e.name}${e.op}`;
    case 'cast': {
      let operand = print(e.e, UNARY);
      // JLS §15.16: a reference cast's operand cannot start with + or - (that reads as binary).
      if (!['int', 'long', 'double', 'char'].includes(e.type) && /^[-+]/.test(operand)) operand = `(${operand})`;
      return `(${e.type}) ${operand}`;
    }
    case 'cond': return `${print(e.c, 2)} ? ${print(e.a, 0)} : ${print(e.b, 1)}`;
    case 'call': return `${e.target ? e.target + '.' : ''}${e.name}(${e.args.map((a) => print(a, 0)).join(', ')})`;
    case 'index': return `${e.array}[${print(e.i, 0)}]`;
  }
}

function expected(e: E): string {
  switch (e.k) {
    case 'leaf': return e.s;
    case 'bin': return `(${e.op} ${expected(e.l)} ${expected(e.r)})`;
    case 'inst': return `(instanceof ${expected(e.e)} ${e.type})`;
    case 'un': return `(${e.op} ${expected(e.e)})`;
    case 'post': return `(post${e.op} ${e.name})`;
    case 'cast': return `(cast ${e.type} ${expected(e.e)})`;
    case 'cond': return `(? ${expected(e.c)} ${expected(e.a)} ${expected(e.b)})`;
    case 'call': return `(call ${e.target ?? '_'} ${e.name}${e.args.map((a) => ' ' + expected(a)).join('')})`;
    case 'index': return `([] ${e.array} ${expected(e.i)})`;
  }
}

const leaf: fc.Arbitrary<E> = fc.oneof(
  fc.constantFrom('a', 'b', 'x', 'y').map((n): E => ({ k: 'leaf', text: n, s: n })),
  fc.integer({ min: 0, max: 99 }).map((n): E => ({ k: 'leaf', text: String(n), s: String(n) })),
  fc.constantFrom<E>(
    { k: 'leaf', text: "'c'", s: "'99" },
    { k: 'leaf', text: '"s"', s: '"s"' },
    { k: 'leaf', text: 'true', s: 'true' },
    { k: 'leaf', text: '1.5', s: '1.5' },
    { k: 'leaf', text: '2L', s: '2L' },
  ),
);

const { expr } = fc.letrec<{ expr: E }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom(...binaryLevels.flat()), tie('expr'), tie('expr')).map(([op, l, r]): E => ({ k: 'bin', op, l, r })),
    fc.tuple(fc.constantFrom('-', '+', '!', '~'), tie('expr')).map(([op, e]): E => ({ k: 'un', op, e })),
    fc.tuple(fc.constantFrom('++', '--'), fc.constantFrom('a', 'x')).map(([op, name]): E => ({ k: 'post', op, name })),
    fc.tuple(fc.constantFrom('int', 'long', 'double', 'char', 'String', 'Object', 'java.lang.Integer'), tie('expr')).map(([type, e]): E => ({ k: 'cast', type, e })),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, a, b]): E => ({ k: 'cond', c, a, b })),
    fc.tuple(fc.constantFrom(null, 'a', 'Math'), fc.constantFrom('m', 'max'), fc.array(tie('expr'), { maxLength: 2 })).map(([target, name, args]): E => ({ k: 'call', target, name, args })),
    fc.tuple(fc.constantFrom('arr', 'a'), tie('expr')).map(([array, i]): E => ({ k: 'index', array, i })),
    fc.tuple(tie('expr'), fc.constantFrom('String', 'Object', 'int[]')).map(([e, type]): E => ({ k: 'inst', e, type })),
  ),
}));

/** Operator-only trees: every pair of binary operators meets often, with and without parentheses. */
const { ops } = fc.letrec<{ ops: E }>((tie) => ({
  ops: fc.oneof(
    { depthSize: 'medium' },
    leaf,
    fc.tuple(fc.constantFrom(...binaryLevels.flat()), tie('ops'), tie('ops')).map(([op, l, r]): E => ({ k: 'bin', op, l, r })),
    fc.tuple(fc.constantFrom('-', '!'), tie('ops')).map(([op, e]): E => ({ k: 'un', op, e })),
    fc.tuple(tie('ops'), fc.constantFrom('String')).map(([e, type]): E => ({ k: 'inst', e, type })),
  ),
}));

describe('expressions printed with minimal parentheses parse back to the same tree', () => {
  it('round-trips random binary operator trees (property)', () => {
    fc.assert(
      fc.property(ops, (e) => {
        expect(sexpr(exprOf(print(e, 0)))).toBe(expected(e));
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips random expression trees (property)', () => {
    fc.assert(
      fc.property(expr, (e) => {
        expect(sexpr(exprOf(print(e, 0)))).toBe(expected(e));
      }),
      { numRuns: 250 },
    );
  });

  it("javac's parser accepts the printed expressions", () => {
    const trees = [...fc.sample(expr, { numRuns: 150, seed: 11 }), ...fc.sample(ops, { numRuns: 150, seed: 12 })];
    const samples = trees.map((e) => `class T { void m() { Object v = ${print(e, 0)}; } }`);
    const r = spawnSync('java', [join(import.meta.dirname, 'JavacParse.java')], { input: samples.join('\n\u0000---\n'), encoding: 'utf8' });
    if (r.error) {
      // No JDK here: the printer's output must at least parse for us.
      for (const s of samples) expect(s.length).toBeGreaterThan(0);
      return;
    }
    const verdicts = r.stdout.trim().split('\n');
    const rejected = verdicts.map((v, i) => [v, samples[i]]).filter(([v]) => !v!.endsWith(' ok'));
    expect(rejected).toEqual([]);
    expect(verdicts).toHaveLength(samples.length);
  });
});
