// Statements (JLS §14): every statement form of the subset, including the ambiguous spots
// (declarations versus expressions, labels, dangling else, switch groups, for-each).

import { describe, expect, it } from 'vitest';
import type * as A from '../../../compiler/ast.ts';
import { sexpr, statementsOf } from './helpers.ts';

const one = <S extends A.Statement>(src: string): S => statementsOf(src)[0] as S;

describe('local variable declarations versus expression statements', () => {
  const cases: [string, string][] = [
    ['int x = 1;', 'LocalVarDecl'],
    ['final int x;', 'LocalVarDecl'],
    ['String s = "a", t;', 'LocalVarDecl'],
    ['a.b.C c = null;', 'LocalVarDecl'],
    ['int[] a, b[];', 'LocalVarDecl'],
    ['Foo[][] f = {};', 'LocalVarDecl'],
    ['@SuppressWarnings("x") int y = 0;', 'LocalVarDecl'],
    ['x = 1;', 'ExpressionStatement'],
    ['a[i] = 1;', 'ExpressionStatement'],
    ['a.b.c = 1;', 'ExpressionStatement'],
    ['a.m();', 'ExpressionStatement'],
    ['i++;', 'ExpressionStatement'],
  ];
  for (const [src, kind] of cases) it(`${src} is a ${kind}`, () => expect(one(src).kind).toBe(kind));

  it('folds declarator brackets into each declarator type', () => {
    const d = one<A.LocalVarDecl>('int[] a, b[];');
    expect(d.declarators.map((x) => `${x.name}:${sexpr(x.type)}`)).toEqual(['a:int[]', 'b:int[][]']);
    expect(sexpr(d.type)).toBe('int[]');
  });
});

describe('control flow', () => {
  it('if/else with the dangling else bound to the nearest if (JLS §14.5)', () => {
    const s = one<A.IfStatement>('if (a) if (b) x(); else y();');
    expect(s.else).toBeNull();
    expect((s.then as A.IfStatement).else?.kind).toBe('ExpressionStatement');
  });
  it('while, do-while and empty statements', () => {
    const [w, d, e] = statementsOf('while (i < 10) i++; do { i--; } while (i > 0); ;');
    expect([w!.kind, sexpr((w as A.WhileStatement).condition)]).toEqual(['While', '(< i 10)']);
    expect([d!.kind, sexpr((d as A.DoStatement).condition)]).toEqual(['Do', '(> i 0)']);
    expect(e!.kind).toBe('Empty');
  });
  it('for with a declaration, with expression lists, and with nothing', () => {
    const f = one<A.ForStatement>('for (int i = 0, j = 9; i < j; i++, j--) {}');
    expect((f.init as A.LocalVarDecl).declarators.map((d) => d.name)).toEqual(['i', 'j']);
    expect([sexpr(f.condition), f.update.map((u) => sexpr(u.expression))]).toEqual(['(< i j)', ['(post++ i)', '(post-- j)']]);
    const g = one<A.ForStatement>('for (i = 0, j = 1; ; ) break;');
    expect([(g.init as A.ExpressionStatement[]).length, g.condition, g.update]).toEqual([2, null, []]);
    const h = one<A.ForStatement>('for (;;) {}');
    expect([h.init, h.condition, h.update]).toEqual([[], null, []]);
  });
  it('enhanced for over arrays, with final and array element types', () => {
    const f = one<A.ForEachStatement>('for (final int[] row : grid) {}');
    expect([f.kind, sexpr(f.varType), f.varName, sexpr(f.iterable), f.modifiers.list[0]!.modifier]).toEqual(['ForEach', 'int[]', 'row', 'grid', 'final']);
    const g = one<A.ForEachStatement>('for (String s : a.b()) ;');
    expect([sexpr(g.varType), sexpr(g.iterable)]).toEqual(['String', '(call a b)']);
  });
  it('labels with break and continue', () => {
    const l = one<A.LabeledStatement>('outer: for (;;) { inner: while (true) { break outer; } continue; }');
    expect(l.label).toBe('outer');
    const body = ((l.body as A.ForStatement).body as A.Block).statements;
    const inner = body[0] as A.LabeledStatement;
    const brk = ((inner.body as A.WhileStatement).body as A.Block).statements[0] as A.BreakStatement;
    expect([inner.label, brk.kind, brk.label, (body[1] as A.ContinueStatement).label]).toEqual(['inner', 'Break', 'outer', null]);
  });
  it('return with and without a value, throw', () => {
    const [r1, r2, t] = statementsOf('return; return a + 1; throw new E("x");');
    expect([(r1 as A.ReturnStatement).value, sexpr((r2 as A.ReturnStatement).value), sexpr((t as A.ThrowStatement).value)]).toEqual([
      null, '(+ a 1)', '(new E "x")',
    ]);
  });
});

describe('switch (JLS §14.11)', () => {
  it('groups labels with their statements, default as null, fallthrough kept', () => {
    const s = one<A.SwitchStatement>('switch (c) { case \'a\': case 2: x(); case 3: default: y(); break; case 4, 5: }');
    expect(sexpr(s.selector)).toBe('c');
    expect(s.groups.map((g) => [g.labels.map((l) => (l ? sexpr(l) : 'default')), g.statements.length])).toEqual([
      [["'97", '2'], 1],
      [['3', 'default'], 2],
      [['4', '5'], 0],
    ]);
  });
  it('case labels may be constant expressions and strings', () => {
    const s = one<A.SwitchStatement>('switch (s) { case "a" + "b": case A.B: case -1: }');
    expect(s.groups[0]!.labels.map((l) => sexpr(l))).toEqual(['(+ "a" "b")', '(. A B)', '(- 1)']);
  });
  it('an empty switch has no groups', () => {
    expect(one<A.SwitchStatement>('switch (x) {}').groups).toEqual([]);
  });
});

describe('try (JLS §14.20)', () => {
  it('catch clauses with multi-catch, and finally', () => {
    const t = one<A.TryStatement>('try { a(); } catch (final IOException | RuntimeException e) { } catch (Exception e) { b(); } finally { c(); }');
    expect(t.catches.map((c) => [c.types.map(sexpr), c.name])).toEqual([
      [['IOException', 'RuntimeException'], 'e'],
      [['Exception'], 'e'],
    ]);
    expect(t.catches[0]!.modifiers.list.map((m) => m.modifier)).toEqual(['final']);
    expect(t.finally?.statements).toHaveLength(1);
  });
  it('try/finally without catch', () => {
    const t = one<A.TryStatement>('try { } finally { }');
    expect([t.catches, t.finally?.kind]).toEqual([[], 'Block']);
  });
});

describe('nested blocks', () => {
  it('keeps statement order and nesting', () => {
    const b = one<A.Block>('{ int a; { a = 1; } }');
    expect(b.statements.map((s) => s.kind)).toEqual(['LocalVarDecl', 'Block']);
  });
});
