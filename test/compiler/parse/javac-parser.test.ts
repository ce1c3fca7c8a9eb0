// Differential test against javac's own parser (JavacParse.java runs JavacTask.parse only):
// on hundreds of token-level mutations of valid programs, whatever javac's parser rejects we
// reject too (nothing is silently accepted), and our syntax errors are never false alarms.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../compiler/diagnostics.ts';
import { parseCompilationUnit } from '../../../compiler/parse.ts';

const seeds = [
  `package p; import java.util.*;
public abstract class A extends B implements C, D {
  static final int MAX = 10, T[] = {1, 2};
  private long l = 0x7fffL; double d = 1.5e3; char c = '\\n'; String s = "a\\tb";
  static { MAX2 = MAX * 2; }
  { l++; }
  A(int x) { super(x); }
  A() { this(1); }
  abstract int f(int[] a, final String s) throws Exception;
  public static void main(String[] args) {
    int i = (int) 3.5 + (i) - args.length, j[] = new int[3][];
    for (int k = 0; k < 10; k++) { if (k % 2 == 0) continue; else break; }
    label: while (i > 0) { i -= 2; if (i == 3) break label; }
    do { i >>>= 1; } while (i != 0 && !(i < -1) || i >= 5);
    switch (args[0].charAt(0)) { case 'a': case 'b': i++; break; default: i--; }
    try { throw new RuntimeException("x"); } catch (IllegalStateException | ArithmeticException e) { i = 0; } finally { i = 1; }
    for (String s : args) System.out.println(s + i + (s instanceof Object ? "y" : "n"));
    Object o = (Object) args; String t = (String) o; int[][] g = {{1}, {2, 3}};
    i = i << 2 | i >> 1 & ~i ^ 3; boolean b = i <= 3; Class<?> unused = null;
  }
}
interface I extends J { int X = 1; void m(); }`,
  `class M { int m(int a, int b) { return a > b ? a : b == 0 ? -1 : m(b, a - b); } long n = -9223372036854775808L; float f = 1f; }`,
];

const vocabulary = ['{', '}', '(', ')', '[', ']', ';', ',', '.', '=', '+', '-', '<', '>', '?', ':', '->', '::', '@',
  'int', 'x', '1', 'new', 'class', 'static', 'final', 'if', 'else', 'case', 'default', 'return', 'this', 'super',
  'instanceof', 'void', '"s"', "'c'", 'var', 'enum', '...', 'try', 'catch', 'switch', 'for', 'while', '++', '!'];

function tokensOf(src: string): string[] {
  return src.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\d[\w.]*|\w+|>>>=|>>=|<<=|>>>|->|::|\.\.\.|[-+*/%&|^!=<>]=|&&|\|\||\+\+|--|<<|>>|\S/g) ?? [];
}

type Edit = [kind: number, at: number, word: number];

function mutate(tokens: string[], edits: Edit[]): string {
  const t = [...tokens];
  for (const [kind, at0, w] of edits) {
    const at = at0 % t.length;
    if (kind === 0) t.splice(at, 1);
    else if (kind === 1) t.splice(at, 0, vocabulary[w % vocabulary.length]!);
    else if (kind === 2) t.splice(at, 0, t[(at + w) % t.length]!);
    else [t[at], t[(at + 1) % t.length]] = [t[(at + 1) % t.length]!, t[at]!];
  }
  return t.join(' ');
}

/** Diagnostics javac's parser does not give but Ringfence's front end rightly does. */
const ourExtraRejections = /^RF1003|^RF1002 modifier 'default' not allowed here/;

function javacParse(sources: string[]): string[] | null {
  const r = spawnSync('java', [join(import.meta.dirname, 'JavacParse.java')], {
    input: sources.join('\n\u0000---\n'),
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  if (r.error || r.status !== 0) return null;
  return r.stdout.trim().split('\n').map((l) => l.replace(/^\d+ /, ''));
}

describe("agreement with javac's parser", () => {
  it('accepts, or rejects, the same mutated programs as javac', () => {
    const edits = fc.array(fc.tuple(fc.nat(3), fc.nat(), fc.nat()) as fc.Arbitrary<Edit>, { minLength: 1, maxLength: 2 });
    const samples = fc.sample(fc.tuple(fc.nat(seeds.length - 1), edits), { numRuns: 200, seed: 7 });
    const sources = [...seeds, ...samples.map(([s, e]) => mutate(tokensOf(seeds[s]!), e))];
    const ours = sources.map((src) => {
      const bag = new DiagnosticBag();
      const unit = parseCompilationUnit('T.java', src, bag);
      return { unit, diags: bag.items.map((d) => `${d.code} ${d.message}`) };
    });
    const theirs = javacParse(sources);
    if (theirs === null) {
      // No JDK: the seeds must still be accepted (apart from the deliberate `Class<?>` generic).
      expect(ours[1]!.diags).toEqual([]);
      return;
    }
    expect(theirs).toHaveLength(sources.length);
    const silentlyAccepted: string[] = [];
    const falseAlarms: string[] = [];
    sources.forEach((src, i) => {
      const javacOk = theirs[i] === 'ok';
      const o = ours[i]!;
      if (!javacOk && o.diags.length === 0) silentlyAccepted.push(`${theirs[i]}\n${src}`);
      if (javacOk && o.diags.some((d) => !ourExtraRejections.test(d))) falseAlarms.push(`${o.diags.join('; ')}\n${src}`);
    });
    expect(silentlyAccepted).toEqual([]);
    expect(falseAlarms).toEqual([]);
    // The mutations must exercise both outcomes for the comparison to mean anything.
    expect(theirs.filter((t) => t === 'ok').length).toBeGreaterThan(seeds.length);
    expect(theirs.filter((t) => t !== 'ok').length).toBeGreaterThan(50);
  });
});
