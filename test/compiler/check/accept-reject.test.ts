// Each case of cases.ts through the checker: accepted programs give no diagnostics; rejected
// ones give exactly the expected codes (each one a clear one-line message with a position).

import { describe, expect, it } from 'vitest';
import { CASES } from './cases.ts';
import { checkSources, codes } from './helpers.ts';

describe('checker accepts valid programs and rejects invalid ones with the right codes', () => {
  for (const c of CASES) {
    const verdict = c.errors ? `rejects (${c.errors.join(', ')})` : 'accepts';
    it(`${verdict}: ${c.name}`, () => {
      const { diagnostics } = checkSources(c.src, c.noStdlib ? 'none' : 'binary');
      const shown = diagnostics.map((d) => `${d.span.file}:${d.span.line}:${d.span.col} ${d.code} ${d.message}`);
      expect(codes(diagnostics), shown.join('\n')).toEqual([...(c.errors ?? [])].sort());
      for (const d of diagnostics) {
        expect(d.message).not.toMatch(/\n|\[object|\{\d\}|: undefined\b/);
        expect(d.span.line).toBeGreaterThan(0);
        expect(d.code).not.toBe('RF2099');
      }
    });
  }
});

describe('diagnostics point where javac points', () => {
  const at = (src: string) => checkSources(src).diagnostics.map((d) => `${d.code}@${d.span.line}:${d.span.col}`);

  it('reports a missing return at the closing brace of the method', () => {
    expect(at('class Main {\n  static int f(int x) {\n    if (x > 0) return 1;\n  }\n  public static void main(String[] a) {}\n}\n')).toEqual(['RF3002@4:3']);
  });

  it('reports an unreachable statement at that statement and a blank final at its declaration', () => {
    expect(at('class Main {\n  final int v;\n  public static void main(String[] a) {\n    return;\n    int x = 1;\n  }\n}\n')).toEqual(['RF3003@5:5', 'RF3006@2:13']);
  });

  it('reports a call that fits no overload at the method name', () => {
    expect(at('class Main {\n  static void f(int a) {}\n  public static void main(String[] a) { Main.f("s"); }\n}\n')).toEqual(['RF2013@3:46']);
  });
});
