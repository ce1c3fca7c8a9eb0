// Expressions (JLS §15): precedence and associativity, casts versus parentheses, postfix chains,
// creation expressions and class literals, checked as S-expressions built from the AST.

import { describe, expect, it } from 'vitest';
import type * as A from '../../../compiler/ast.ts';
import { errors, exprOf, parseOk, sexpr, spanText, statementsOf } from './helpers.ts';

const s = (src: string): string => sexpr(exprOf(src));

describe('binary operator precedence follows JLS §15.17-§15.24', () => {
  const cases: [string, string][] = [
    ['a + b * c', '(+ a (* b c))'],
    ['a * b + c', '(+ (* a b) c)'],
    ['a - b - c', '(- (- a b) c)'],
    ['a / b % c * d', '(* (% (/ a b) c) d)'],
    ['a << b + c', '(<< a (+ b c))'],
    ['a >>> b >> c', '(>> (>>> a b) c)'],
    ['a < b == c > d', '(== (< a b) (> c d))'],
    ['a & b ^ c | d', '(| (^ (& a b) c) d)'],
    ['a | b & c', '(| a (& b c))'],
    ['a || b && c', '(|| a (&& b c))'],
    ['a && b || c && d', '(|| (&& a b) (&& c d))'],
    ['a == b != c', '(!= (== a b) c)'],
    ['a + b < c << d', '(< (+ a b) (<< c d))'],
    ['x instanceof String == true', '(== (instanceof x String) true)'],
    ['a == b instanceof Object', '(== a (instanceof b Object))'],
    ['a + b instanceof Object', '(instanceof (+ a b) Object)'],
    ['a <= b >= c', '(>= (<= a b) c)'],
  ];
  for (const [src, want] of cases) it(`parses ${src} as ${want}`, () => expect(s(src)).toBe(want));
});

describe('assignment, conditional and unary operators', () => {
  it('assignment is right-associative and compound operators keep their text', () => {
    expect(sexpr((statementsOf('a = b += c >>>= 2;')[0] as A.ExpressionStatement).expression)).toBe('(= a (+= b (>>>= c 2)))');
  });
  it('the conditional operator nests to the right and binds looser than ||', () => {
    expect(s('a ? b : c ? d : e')).toBe('(? a b (? c d e))');
    expect(s('a || b ? c : d')).toBe('(? (|| a b) c d)');
    expect(s('a ? b ? c : d : e')).toBe('(? a (? b c d) e)');
  });
  it('prefix and postfix operators', () => {
    expect(s('-a * b')).toBe('(* (- a) b)');
    expect(s('!a && ~b == c')).toBe('(&& (! a) (== (~ b) c))');
    expect(s('- -a')).toBe('(- (- a))');
    expect(s('++a + b--')).toBe('(+ (pre++ a) (post-- b))');
    expect(s('a++ + ++b')).toBe('(+ (post++ a) (pre++ b))');
    expect(s('-a.b[c]++')).toBe('(- (post++ ([] (. a b) c)))');
  });
});

describe('casts versus parenthesised expressions (JLS §15.16)', () => {
  const cases: [string, string][] = [
    ['(int) x', '(cast int x)'],
    ['(int) -x', '(cast int (- x))'],
    ['(long) a + b', '(+ (cast long a) b)'],
    ['(a) - b', '(- a b)'],
    ['(a) + b', '(+ a b)'],
    ['(String) o', '(cast String o)'],
    ['(String) (o)', '(cast String o)'],
    ['(Object) !b', '(cast Object (! b))'],
    ['(java.lang.String) o', '(cast java.lang.String o)'],
    ['(int[]) o', '(cast int[] o)'],
    ['(String[][]) o', '(cast String[][] o)'],
    ['(char) (c + 1)', '(cast char (+ c 1))'],
    ['(a)', 'a'],
    ['((a)) * b', '(* a b)'],
    ['(a[0])', '([] a 0)'],
    ['(byte) (short) i', '(cast byte (cast short i))'],
    ['(Foo) this', '(cast Foo this)'],
    ['(Foo) new Foo()', '(cast Foo (new Foo))'],
    ['(double) 1 / 2', '(/ (cast double 1) 2)'],
    ['(a) < b', '(< a b)'],
    ['(int[]) o', '(cast int[] o)'],
    ['(int) +x', '(cast int (+ x))'],
  ];
  for (const [src, want] of cases) it(`parses ${src} as ${want}`, () => expect(s(src)).toBe(want));
});

describe('primaries and their suffixes', () => {
  const cases: [string, string][] = [
    ['a.b.c', '(. (. a b) c)'],
    ['m()', '(call _ m)'],
    ['m(1, x)', '(call _ m 1 x)'],
    ['a.m(1).n()', '(call (call a m 1) n)'],
    ['System.out.println("hi")', '(call (. System out) println "hi")'],
    ['super.m(1)', '(call super m 1)'],
    ['super.x', '(. super x)'],
    ['this.x', '(. this x)'],
    ['a[1][2]', '([] ([] a 1) 2)'],
    ['m()[0].length', '(. ([] (call _ m) 0) length)'],
    ['new Foo(1, 2)', '(new Foo 1 2)'],
    ['new a.b.Foo()', '(new a.b.Foo)'],
    ['new Foo().bar()', '(call (new Foo) bar)'],
    ['new int[3]', '(newarray int [3] 0)'],
    ['new int[n][m][]', '(newarray int [n m] 1)'],
    ['new String[2][]', '(newarray String [2] 1)'],
    ['new int[] {1, 2,}', '(newarray int [] 1 {1 2})'],
    ['new int[][] {{1}, {}}', '(newarray int [] 2 {{1} {}})'],
    ['new int[3].length', '(. (newarray int [3] 0) length)'],
    ['String.class', '(class String)'],
    ['java.lang.String.class', '(class java.lang.String)'],
    ['int.class', '(class int)'],
    ['int[][].class', '(class int[][])'],
    ['String[].class', '(class String[])'],
    ['void.class', '(class void)'],
    ['"a" + 1 + \'c\'', '(+ (+ "a" 1) \'99)'],
  ];
  for (const [src, want] of cases) it(`parses ${src} as ${want}`, () => expect(s(src)).toBe(want));

  it('an array initializer is kept as a declarator initializer', () => {
    const [d] = statementsOf('int[][] a = {{1, 2}, {3}};');
    expect(sexpr((d as A.LocalVarDecl).declarators[0]!.init)).toBe('{{1 2} {3}}');
  });
});

describe('spans', () => {
  it('cover exactly the source text of each node, with 1-based line and column', () => {
    const src = 'class T {\n  void m() {\n    x = a + b * (c - 1);\n  }\n}\n';
    const unit = parseOk(src);
    const m = (unit.types[0] as A.ClassDecl).members[0] as A.MethodDecl;
    const stmt = m.body!.statements[0] as A.ExpressionStatement;
    expect(spanText(src, stmt.span)).toBe('x = a + b * (c - 1);');
    const assign = stmt.expression as A.Assign;
    expect(spanText(src, assign.span)).toBe('x = a + b * (c - 1)');
    expect([assign.span.line, assign.span.col]).toEqual([3, 5]);
    const sum = assign.value as A.Binary;
    expect(spanText(src, sum.span)).toBe('a + b * (c - 1)');
    const product = sum.right as A.Binary;
    expect(spanText(src, product.span)).toBe('b * (c - 1)');
    expect(spanText(src, product.right.span)).toBe('c - 1');
    expect(product.right.span.col).toBe(18);
    expect(spanText(src, m.nameSpan)).toBe('m');
    expect(m.span.file).toBe('T.java');
  });

  it('a method call spans from its target to the closing parenthesis, its name separately', () => {
    const src = 'class T { void m() { a.b(1, 2); } }';
    const call = ((parseOk(src).types[0] as A.ClassDecl).members[0] as A.MethodDecl).body!.statements[0] as A.ExpressionStatement;
    const e = call.expression as A.MethodCall;
    expect(spanText(src, e.span)).toBe('a.b(1, 2)');
    expect(spanText(src, e.nameSpan)).toBe('b');
  });
});

describe('expression statements (JLS §14.8)', () => {
  it('accepts assignments, increments, calls and instance creation', () => {
    expect(statementsOf('a = 1; a++; --a; m(); new Foo(); a.b().c();')).toHaveLength(6);
  });
  it("`(int[]) -x` parses as a cast, as in javac's parser (its types are the checker's business)", () => {
    expect(s('(int[]) -x')).toBe('(cast int[] (- x))');
  });
  it('rejects other expressions with javac\'s "not a statement"', () => {
    expect(errors('class T { void m() { a + 1; } }')).toEqual(['1:22 RF1002 not a statement']);
    expect(errors('class T { void m() { x; } }')).toEqual(['1:22 RF1002 not a statement']);
    expect(errors('class T { void m() { for (i; ; ) {} } }')).toEqual(['1:27 RF1002 not a statement']);
  });
});

describe('parenthesised expressions', () => {
  it('are marked in the `parenthesized` side table for the checker', async () => {
    const { parenthesized } = await import('../../../compiler/ast-builder-expressions.ts');
    const call = exprOf('(Math).abs(1)') as A.MethodCall;
    expect(parenthesized.has(call.target as A.Expression)).toBe(true);
    expect(errors('class T { Object c = (String).class; }')).toEqual(['1:22 RF1002 <identifier> expected']);
    const plain = exprOf('Math.abs(1)') as A.MethodCall;
    expect(parenthesized.has(plain.target as A.Expression)).toBe(false);
  });
});
