// Syntax and lexical errors: javac-like messages at javac-like positions ("';' expected" just
// after the previous token), several errors per file, and never a host exception.

import { describe, expect, it } from 'vitest';
import { DiagnosticBag, formatDiagnostic } from '../../../compiler/diagnostics.ts';
import { parseCompilationUnit } from '../../../compiler/parse.ts';
import { errors } from './helpers.ts';

const cases: [string, string][] = [
  ['class A { void m() { int x = 1\n int y = 2; } }', "1:31 RF1002 ';' expected"],
  ['class A { void m() { foo(1, 2; } }', "1:30 RF1002 ')' expected"],
  ['class A { void m() { return 1 } }', "1:30 RF1002 ';' expected"],
  ['class A { int x = ; }', "1:19 RF1002 illegal start of expression, found ';'"],
  ['class A { void m() { if (x) { } else } }', "1:38 RF1002 illegal start of statement, found '}'"],
  ['class A { void m() { } ', "1:23 RF1002 '}' expected"],
  ['public class { }', '1:13 RF1002 <identifier> expected'],
  ['class A extends { }', '1:16 RF1002 <identifier> expected'],
  ['}', "1:1 RF1002 class, interface, enum, or record expected, found '}'"],
  ['class A { void m() { new A; } }', "1:27 RF1002 '(' or '[' expected, found ';'"],
  ['class A { void m() { goto x; } }', "1:22 RF1002 'goto' is a reserved word and cannot be used"],
  ['class A { int const = 1; }', "1:15 RF1002 'const' is a reserved word and cannot be used"],
  ['class A { void m() { case 1: } }', '1:22 RF1002 orphaned case'],
  ['class A { void m() { else { } } }', "1:22 RF1002 'else' without 'if'"],
  ['class A { void m() { try { } } }', "1:22 RF1002 'catch' or 'finally' expected"],
  ['class A { void m() { String s = "abc; } }', '1:33 RF1006 unclosed string literal'],
  ["class A { void m() { char c = 'a; } }", '1:31 RF1005 malformed literal: unclosed character literal'],
  ['class A { /* never closed ', '1:11 RF1007 unclosed comment'],
  ['class A { void m() { int # x; } }', "1:26 RF1001 unexpected character '#'"],
  ['class A { int x = 0x; }', '1:19 RF1005 malformed literal: 0x'],
  ['class A { float f = 1e40f; }', '1:21 RF1009 floating-point number too large: 1e40f'],
  ['class A { double d = 1e-400; }', '1:22 RF1010 floating-point number too small: 1e-400'],
  ['class A { m() {} }', '1:11 RF1002 invalid method declaration; return type required'],
  ['class A { int _ = 1; }', "1:15 RF1002 '_' is a keyword and may not be used as an identifier"],
];

describe('syntax errors read like javac', () => {
  for (const [src, want] of cases) it(`${JSON.stringify(src)} -> ${want}`, () => expect(errors(src)).toEqual([want]));

  it('reports several errors in one file, one per line at most', () => {
    const src = 'class A {\n  void m() {\n    int x = 1\n    y = ;\n    z(;\n  }\n}\n';
    const got = errors(src);
    expect(got.length).toBeGreaterThanOrEqual(2);
    expect(got[0]).toBe("3:14 RF1002 ';' expected");
    expect(new Set(got.map((g) => g.split(':')[0])).size).toBe(got.length);
  });

  it('reports lexical, syntax and feature errors of a file in source order', () => {
    const got = errors('class A {\n  int x = 1\n  String s = "open\n  void m(int... xs) {}\n}\n');
    expect(got.map((g) => g.split(' ')[0])).toEqual(['2:12', '3:14', '4:13']);
  });

  it('formats with the source line and a caret under the position', () => {
    const src = 'class A {\n\tint x = 1\n}\n';
    const bag = new DiagnosticBag();
    expect(parseCompilationUnit('A.java', src, bag)).toBeNull();
    expect(formatDiagnostic(bag.items[0]!, src)).toBe("A.java:2:11: error RF1002: ';' expected\n\tint x = 1\n\t         ^");
  });

  it('a file with errors yields no AST, a clean one yields an AST', () => {
    const bag = new DiagnosticBag();
    expect(parseCompilationUnit('A.java', 'class A { int x = ; }', bag)).toBeNull();
    expect(parseCompilationUnit('B.java', 'class B { }', bag)).not.toBeNull();
    expect(bag.items).toHaveLength(1);
  });
});
