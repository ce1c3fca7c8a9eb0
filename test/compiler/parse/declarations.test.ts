// Compilation units and declarations (JLS §7-§9): packages, imports, classes, interfaces,
// modifiers and annotations, fields with several declarators, methods, constructors and
// initializer blocks, with the shapes and spans the checker relies on.

import { describe, expect, it } from 'vitest';
import type * as A from '../../../compiler/ast.ts';
import { errors, parseOk, sexpr, spanText } from './helpers.ts';

const classOf = (src: string): A.ClassDecl => parseOk(src).types[0] as A.ClassDecl;
const mods = (m: A.Modifiers): string => m.list.map((x) => x.modifier).join(' ');

describe('compilation units', () => {
  it('reads the package, single-type and on-demand imports, and several types', () => {
    const u = parseOk('package a.b;\nimport java.util.Foo;\nimport x.*;\n;\nclass A {}\ninterface I {}\n');
    expect(u.packageName?.parts).toEqual(['a', 'b']);
    expect(u.imports.map((i) => [i.name.parts.join('.'), i.onDemand])).toEqual([['java.util.Foo', false], ['x', true]]);
    expect(u.types.map((t) => `${t.kind} ${t.name}`)).toEqual(['ClassDecl A', 'InterfaceDecl I']);
  });
  it('accepts an empty file and a file with only comments', () => {
    expect(parseOk('').types).toEqual([]);
    expect(parseOk('// nothing\n/* at all */').types).toEqual([]);
  });
});

describe('classes and interfaces', () => {
  it('reads modifiers, superclass and interfaces', () => {
    const c = classOf('public abstract class A extends b.B implements I, J {}');
    expect(mods(c.modifiers)).toBe('public abstract');
    expect(c.superclass && sexpr(c.superclass)).toBe('b.B');
    expect(c.interfaces.map(sexpr)).toEqual(['I', 'J']);
    expect([c.nameSpan.col, c.name]).toEqual([23, 'A']);
  });
  it('reads an interface with superinterfaces, constants and abstract methods', () => {
    const i = parseOk('interface I extends J, K { int X = 1; void m(int a); abstract String n() throws E; }').types[0] as A.InterfaceDecl;
    expect(i.superinterfaces.map(sexpr)).toEqual(['J', 'K']);
    expect(i.members.map((m) => m.kind)).toEqual(['FieldDecl', 'MethodDecl', 'MethodDecl']);
    const n = i.members[2] as A.MethodDecl;
    expect([n.body, n.throws.map(sexpr)]).toEqual([null, ['E']]);
  });
  it('keeps annotations (with or without arguments) next to the modifiers', () => {
    const c = classOf('@Deprecated class A { @Override public String toString() { return ""; } @SuppressWarnings({"a", "b"}) @a.B(x = 1, y = @C) int f; }');
    expect(c.modifiers.annotations.map((a) => a.name.parts.join('.'))).toEqual(['Deprecated']);
    const m = c.members[0] as A.MethodDecl;
    expect([m.modifiers.annotations[0]!.name.parts, mods(m.modifiers)]).toEqual([['Override'], 'public']);
    const f = c.members[1] as A.FieldDecl;
    expect(f.modifiers.annotations.map((a) => a.name.parts.join('.'))).toEqual(['SuppressWarnings', 'a.B']);
  });
  it('records every supported modifier in source order', () => {
    const c = classOf('class A { public protected private static final abstract native void m(); }');
    expect(mods((c.members[0] as A.MethodDecl).modifiers)).toBe('public protected private static final abstract native');
  });
});

describe('members', () => {
  it('fields: several declarators, `int a[]` folded into the type, array initializers', () => {
    const src = 'class A { static final int a = 1, b[] = {2}, c; String[] d[]; }';
    const c = classOf(src);
    const [f1, f2] = c.members as A.FieldDecl[];
    expect(f1!.declarators.map((d) => `${d.name}:${sexpr(d.type)}=${sexpr(d.init)}`)).toEqual(['a:int=1', 'b:int[]={2}', 'c:int=_']);
    expect(sexpr(f2!.declarators[0]!.type)).toBe('String[][]');
    expect(spanText(src, f1!.span)).toBe('static final int a = 1, b[] = {2}, c;');
    expect(spanText(src, f1!.declarators[1]!.span)).toBe('b[] = {2}');
  });
  it('methods: parameters (final, array), return types, throws, bodies', () => {
    const c = classOf('class A { int[] m(final int a, String[] b, char c[]) throws X, y.Z { return null; } int n()[] { return null; } }');
    const m = c.members[0] as A.MethodDecl;
    expect(sexpr(m.returnType)).toBe('int[]');
    expect(m.params.map((p) => `${mods(p.modifiers)} ${sexpr(p.type)} ${p.name}`.trim())).toEqual(['final int a', 'String[] b', 'char[] c']);
    expect(m.throws.map(sexpr)).toEqual(['X', 'y.Z']);
    expect(m.body!.statements).toHaveLength(1);
    expect(sexpr((c.members[1] as A.MethodDecl).returnType)).toBe('int[]');
  });
  it('constructors with this(...) and super(...) calls', () => {
    const c = classOf('class A extends B { A() { this(1); } A(int x) throws E { super(x, 2); y = x; } }');
    const [c1, c2] = c.members as A.ConstructorDecl[];
    expect(c1!.kind).toBe('ConstructorDecl');
    const call1 = c1!.body.statements[0] as A.ExplicitConstructorCall;
    const call2 = c2!.body.statements[0] as A.ExplicitConstructorCall;
    expect([call1.target, call1.args.map(sexpr)]).toEqual(['this', ['1']]);
    expect([call2.target, call2.args.map(sexpr), c2!.throws.map(sexpr)]).toEqual(['super', ['x', '2'], ['E']]);
    expect(c2!.body.statements[1]!.kind).toBe('ExpressionStatement');
  });
  it('static and instance initializer blocks, and stray semicolons', () => {
    const c = classOf('class A { static { x = 1; } ; { y = 2; } static int x; }');
    expect(c.members.map((m) => (m.kind === 'InitializerDecl' ? `init static=${m.isStatic}` : m.kind))).toEqual([
      'init static=true',
      'init static=false',
      'FieldDecl',
    ]);
  });
  it('a member span starts at its first modifier or annotation', () => {
    const src = 'class A {\n  @Override\n  public void m() {}\n}';
    const m = classOf(src).members[0] as A.MethodDecl;
    expect(spanText(src, m.span)).toBe('@Override\n  public void m() {}');
    expect([m.span.line, m.span.col, m.nameSpan.line, m.nameSpan.col]).toEqual([2, 3, 3, 15]);
  });
});

describe('declaration-level errors', () => {
  it('reports misplaced `default`, interface constructors and initializers', () => {
    expect(errors('class A { default void m() {} }')).toEqual(["1:11 RF1002 modifier 'default' not allowed here"]);
    expect(errors('interface I { I() {} }')).toEqual(['1:15 RF1002 interfaces cannot have constructors']);
    expect(errors('interface I { static { } }')).toEqual(['1:15 RF1002 initializers are not allowed in interfaces']);
    expect(errors('class A { void x; }')).toEqual(["1:16 RF1002 '(' expected"]);
    expect(errors('interface I { int X = 1, Y; }')).toEqual(["1:27 RF1002 '=' expected"]);
  });
});
