// Attack-style tests: random text, random token soup and mutations of valid programs must give
// diagnostics or an AST, never a host exception, and the parser must stay reusable afterwards.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../compiler/diagnostics.ts';
import { parseCompilationUnit } from '../../../compiler/parse.ts';

const valid = `package p;
import java.util.*;
public abstract class Shape extends Base implements A, B {
  static final int MAX = 0x7fff_ffff, MIN = -2147483648;
  private double[] xs = {1.5, 2e3, .5f, 0x1p3};
  static { count = 0; }
  Shape(int n) { super(n); this.n = n; }
  abstract double area();
  public String describe(final String[] args) throws Exception {
    outer:
    for (int i = 0; i < args.length; i++) {
      switch (args[i].charAt(0)) {
        case 'a': case 'b': continue outer;
        default: break;
      }
      try { x = (int) y + (z) - w; } catch (IllegalStateException | ArithmeticException e) { throw e; } finally { n++; }
    }
    for (String s : args) { if (s instanceof Object && !(s == null)) s = s + '\\n' + "\\u0041"; else ; }
    do { n >>>= 1; } while (n != 0 ? true : false);
    return new StringBuilder().append(new int[3][].length).toString();
  }
}
`;

const tokens = ['class', 'A', '{', '}', '(', ')', ';', 'int', 'x', '=', '1', '+', '<', '>', '>>', '->', '::', '...', '"s"', "'c'", '[', ']',
  'new', 'if', 'else', 'for', ':', '?', 'case', 'switch', 'default', '@', 'interface', 'enum', 'static', 'final', '.', ',', 'this', 'super',
  'try', 'catch', 'finally', 'instanceof', '/*', '*/', '//', '\n', '0x', '1e', '\\u0041', 'var', 'record', 'return', 'void'];

function parseNeverThrows(text: string): void {
  const bag = new DiagnosticBag();
  const unit = parseCompilationUnit('F.java', text, bag);
  // Exactly one of: an AST, or at least one diagnostic.
  expect(unit === null).toBe(bag.items.length > 0);
  for (const d of bag.items) {
    expect(d.code).toMatch(/^RF1\d{3}$/);
    expect(d.span.line).toBeGreaterThanOrEqual(1);
    expect(d.span.col).toBeGreaterThanOrEqual(1);
    expect(d.message).not.toMatch(/\n|undefined|NaN/);
  }
}

describe('the front end never throws on bad input', () => {
  it('random unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), parseNeverThrows), { numRuns: 300 });
  });

  it('random token soup', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 60 }), (ts) => parseNeverThrows(ts.join(' '))), { numRuns: 400 });
  });

  it('deletions, insertions and swaps in a valid program', () => {
    parseNeverThrows(valid);
    const bag = new DiagnosticBag();
    expect(parseCompilationUnit('V.java', valid, bag)).not.toBeNull();
    const mutation = fc.tuple(fc.nat(valid.length - 1), fc.nat(12), fc.constantFrom('', ...tokens));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        let text = valid;
        for (const [at, len, insert] of ms) text = text.slice(0, at) + insert + text.slice(at + len);
        parseNeverThrows(text);
      }),
      { numRuns: 300 },
    );
  });

  it('reasonable nesting parses; absurd nesting is a compile error, not a host stack overflow', () => {
    parseNeverThrows(`class A { int x = ${'('.repeat(200)}1${')'.repeat(200)}; }`);
    parseNeverThrows(`class A { void m() { ${'{'.repeat(200)}${'}'.repeat(200)} } }`);
    for (const src of [`class A { int x = ${'('.repeat(20000)}1${')'.repeat(20000)}; }`, `class A { int x = ${'-'.repeat(20000)}1; }`]) {
      const bag = new DiagnosticBag();
      expect(parseCompilationUnit('D.java', src, bag)).toBeNull();
      expect(bag.items.map((d) => d.code)).toEqual(['RF1011']);
    }
    const bag = new DiagnosticBag();
    expect(parseCompilationUnit('E.java', `class A { int x = ${'1 + '.repeat(20000)}1; }`, bag)).not.toBeNull();
  });

  it('the shared parser still works after a failed parse', () => {
    parseNeverThrows('class A { void m( { ');
    const bag = new DiagnosticBag();
    expect(parseCompilationUnit('B.java', 'class B { int y = 2; }', bag)).not.toBeNull();
    expect(bag.items).toEqual([]);
  });
});
