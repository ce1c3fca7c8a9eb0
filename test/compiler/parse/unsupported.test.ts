// Every Java feature outside the Ringfence subset is rejected with RF1003 naming the feature,
// at the construct itself, and never silently accepted or reported as a confusing syntax error.

import { describe, expect, it } from 'vitest';
import { parse } from './helpers.ts';

/** [feature named in the message, source, text the diagnostic's span starts with]. */
const cases: [string, string, string][] = [
  ['generics', 'class A<T> {}', '<T>'],
  ['generics', 'class A { java.util.List<String> x; }', '<String>'],
  ['generics', 'class A { void m() { Map<String, List<int[]>> m = null; } }', '<String'],
  ['generics', 'class A { void m() { Object o = new ArrayList<>(); } }', '<>'],
  ['generics', 'class A { <T> void m() {} }', '<T>'],
  ['generics', 'class A { void m() { Object o = (List<String>) x; } }', '<String>'],
  ['generics', 'class A { void m() { this.<String>m(); } }', '<String>'],
  ['generics', 'class A extends B<C> {}', '<C>'],
  ['lambda expressions', 'class A { void m() { Runnable r = () -> {}; } }', '() ->'],
  ['lambda expressions', 'class A { void m() { f(x -> x + 1); } }', 'x ->'],
  ['lambda expressions', 'class A { void m() { f((int a, int b) -> a); } }', '(int a'],
  ['lambda expressions', 'class A { void m() { Object o = (Runnable) () -> {}; } }', '() ->'],
  ['method references', 'class A { void m() { f(String::valueOf); } }', 'String::valueOf'],
  ['method references', 'class A { void m() { f(A::new); } }', 'A::new'],
  ['nested classes', 'class A { class B {} }', 'B'],
  ['nested classes', 'class A { static class B {} }', 'B'],
  ['nested classes', 'class A { interface I {} }', 'I'],
  ['local classes', 'class A { void m() { class L {} } }', 'L'],
  ['anonymous classes', 'class A { void m() { Object o = new Object() { }; } }', '{ }'],
  ['inner classes', 'class A { void m() { Object o = A.this; } }', 'A.this'],
  ['inner classes', 'class A { void m() { a.new B(); } }', 'a.new B()'],
  ['enums', 'enum E { A, B; int x; }', 'enum'],
  ['enums', 'class A { enum E { X } }', 'enum'],
  ['records', 'record R(int x) {}', 'record'],
  ['records', 'class A { record R(int x) {} }', 'record'],
  ['annotation type declarations', '@interface Ann { int value() default 1; }', '@interface'],
  ['sealed classes', 'sealed class A permits B {}', 'sealed'],
  ['sealed classes', 'non-sealed class A extends B {}', 'non'],
  ['varargs parameters', 'class A { void m(int... xs) {} }', '...'],
  ['try-with-resources statements', 'class A { void m() { try (Foo f = new Foo(); g) {} } }', '(Foo f'],
  ['switch expressions', 'class A { int m(int x) { return switch (x) { case 1 -> 2; default -> 3; }; } }', 'switch'],
  ['switch rules (case ... ->)', 'class A { void m(int x) { switch (x) { case 1 -> f(); default -> { } } } }', '->'],
  ["'var' declarations", 'class A { void m() { var x = 1; } }', 'var'],
  ["'var' declarations", 'class A { void m() { for (var x : xs) {} } }', 'var'],
  ['static imports', 'import static java.lang.Math.max;\nclass A {}', 'static'],
  ['text blocks', 'class A { String s = """\n  hi\n  """; }', '"""'],
  ['assert statements', 'class A { void m() { assert x > 0 : "no"; } }', 'assert'],
  ['synchronized statements', 'class A { void m() { synchronized (this) { } } }', 'synchronized'],
  ["'synchronized' modifiers", 'class A { synchronized void m() { } }', 'synchronized'],
  ["'transient' modifiers", 'class A { transient int x; }', 'transient'],
  ["'volatile' modifiers", 'class A { volatile int y; }', 'volatile'],
  ["'strictfp' modifiers", 'strictfp class A { }', 'strictfp'],
  ['instanceof patterns', 'class A { void m() { if (o instanceof String s) {} } }', 's'],
  ['interface methods with bodies', 'interface I { default void m() {} }', 'm'],
  ['interface methods with bodies', 'interface I { static void m() {} }', 'm'],
  ['interface methods with bodies', 'interface I { private void m() {} }', 'm'],
  ['intersection casts', 'class A { void m() { Object o = (Runnable & java.io.Serializable) x; } }', '&'],
  ['qualified super references', 'class A { void m() { I.super.m(); } }', 'I.super'],
  ['receiver parameters', 'class A { void m(A this) {} }', 'this'],
  ['unicode escapes outside literals', 'class A { int \\u0061 = 1; }', '\\'],
  ['unicode escapes that end a comment', 'class A { // \\u000a int x = 1;\n}', '//'],
  ['unicode escapes that end a comment', 'class A { /* \\u002a/ int x = 1; */ }', '/*'],
];

describe('features outside the subset give RF1003 naming the feature', () => {
  for (const [feature, src, at] of cases) {
    it(`${feature}: ${src.replace(/\n/g, ' ')}`, () => {
      const { unit, diags } = parse(src);
      expect(unit).toBeNull();
      const d = diags.find((x) => x.code === 'RF1003');
      expect(d, JSON.stringify(diags)).toBeDefined();
      expect(d!.message).toBe(`${feature}${feature === 'interface methods with bodies' ? ' (default, static and private methods)' : feature === 'qualified super references' ? ' (X.super)' : ''} are not supported in Ringfence (outside the language subset)`);
      expect(src.slice(d!.span.start).startsWith(at), `span starts at ${JSON.stringify(src.slice(d!.span.start, d!.span.start + 12))}`).toBe(true);
      // the column agrees with the offset
      const lineStart = src.lastIndexOf('\n', d!.span.start - 1) + 1;
      expect(d!.span.col).toBe(d!.span.start - lineStart + 1);
      // no generic syntax error alongside the feature report
      expect(diags.filter((x) => x.code === 'RF1002')).toEqual([]);
    });
  }

  it('reports several unsupported features in one file', () => {
    const { diags } = parse('class A<T> { void m(int... x) { Runnable r = () -> {}; } }');
    expect(diags.map((d) => d.message.split(' are ')[0])).toEqual(['generics', 'varargs parameters', 'lambda expressions']);
  });

  it('still reports an unsupported feature when the file also has a syntax error', () => {
    const { diags } = parse('class A { void m() { Runnable r = () -> {}; int x = ; } }');
    expect(diags.map((d) => d.code).sort()).toEqual(['RF1002', 'RF1003']);
  });

  it('accepts harmless unicode escapes in comments', () => {
    expect(parse('class A { // \\u0041 is A\n /* \\u0042 */ }').diags).toEqual([]);
  });

  it('accepts contextual words used as plain names', () => {
    const { unit, diags } = parse('class A { int record, sealed, permits, yield, module; void m() { record = sealed + permits; } }');
    expect(diags).toEqual([]);
    expect(unit).not.toBeNull();
  });
});
