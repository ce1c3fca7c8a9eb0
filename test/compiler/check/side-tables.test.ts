// What the checker hands the code generator (checked.ts): resolved calls with invoke kinds
// and qualifying classes, name resolutions, local slots, switch tables, jump targets,
// string concatenation, operation types, for-each temporaries and constructor bodies.

import { describe, expect, it } from 'vitest';
import type { Expression, MethodCall, Statement } from '../../../compiler/ast.ts';
import type { CheckedProgram } from '../../../compiler/checked.ts';
import { typeToString } from '../../../compiler/types.ts';
import { checkSources, type CheckOutcome } from './helpers.ts';

function ok(src: string | Record<string, string>): CheckOutcome & { program: CheckedProgram } {
  const r = checkSources(src, 'source');
  expect(r.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`)).toEqual([]);
  return r as CheckOutcome & { program: CheckedProgram };
}

/** All nodes of a given kind in the program's own units, in source order. */
function nodes<K extends string>(r: CheckOutcome, kind: K): Extract<Expression | Statement, { kind: K }>[] {
  const out: unknown[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(visit);
    if (x === null || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (o['kind'] === kind) out.push(o);
    for (const [k, v] of Object.entries(o)) if (k !== 'span' && k !== 'nameSpan') visit(v);
  };
  visit(r.units);
  return out as Extract<Expression | Statement, { kind: K }>[];
}

const call = (r: CheckOutcome & { program: CheckedProgram }, name: string, nth = 0) => {
  const c = nodes(r, 'MethodCall').filter((m) => (m as MethodCall).name === name)[nth]!;
  return r.program.calls.get(c)!;
};

describe('call resolution', () => {
  it('chooses overloads by the static argument types and records descriptors', () => {
    const r = ok('class Main { public static void main(String[] a) { char c = 65; System.out.println(c); System.out.println(1L); System.out.println((Object) "s"); System.out.println(c + 1); } }');
    expect([0, 1, 2, 3].map((i) => call(r, 'println', i).method.descriptor)).toEqual(['(C)V', '(J)V', '(Ljava/lang/Object;)V', '(I)V']);
    expect(call(r, 'println').kind).toBe('virtual');
    expect(call(r, 'println').qualifyingClass.internalName).toBe('java/io/PrintStream');
  });

  it('uses invokestatic, invokeinterface, invokespecial for super and private, and Object for interface receivers', () => {
    const r = ok(`interface I { void f(); }
      class A { void g() {} static void s() {} }
      class B extends A implements I { public void f() { super.g(); h(); I i = this; i.f(); i.hashCode(); B.s(); s(); } private void h() {} }
      class Main { public static void main(String[] a) {} }`);
    expect(call(r, 'g').kind).toBe('special');
    expect(call(r, 'g').receiver).toBe('this');
    expect(call(r, 'g').qualifyingClass.name).toBe('A');
    expect(call(r, 'h').kind).toBe('special');
    expect(call(r, 'f').kind).toBe('interface');
    expect(call(r, 'hashCode').kind).toBe('virtual');
    expect(call(r, 'hashCode').qualifyingClass.internalName).toBe('java/lang/Object');
    expect(call(r, 's', 0)).toMatchObject({ kind: 'static', receiver: 'none' });
    // JLS §13.1: the qualifying class of B.s() is B even though A declares s.
    expect(call(r, 's', 0).qualifyingClass.name).toBe('B');
    expect(call(r, 's', 1).qualifyingClass.name).toBe('B');
  });

  it('marks static calls through an instance expression as discard', () => {
    const r = ok('class Main { static int k() { return 1; } public static void main(String[] a) { Main m = null; int x = m.k(); } }');
    expect(call(r, 'k').receiver).toBe('discard');
  });

  it('records constructors, implicit super() and this(...)', () => {
    const r = ok('class A { A(long x) {} } class B extends A { B() { super(1); } B(int y) { this(); } } class Main { public static void main(String[] a) { new B(2); } }');
    const ne = nodes(r, 'NewObject')[0]!;
    expect(r.program.calls.get(ne)).toMatchObject({ kind: 'special', receiver: 'none' });
    expect(r.program.calls.get(ne)!.method.descriptor).toBe('(I)V');
    const [sup, self] = nodes(r, 'ExplicitConstructorCall');
    expect(r.program.calls.get(sup!)!.method.owner.name).toBe('A');
    expect(r.program.calls.get(sup!)!.method.descriptor).toBe('(J)V');
    expect(r.program.calls.get(self!)!.method.owner.name).toBe('B');
    const bodies = [...r.program.bodies.entries()].filter(([d]) => d.kind === 'ConstructorDecl' && d.span.file === 'Main.java');
    expect(bodies.map(([, b]) => b.callsThis)).toEqual([false, false, true]);
    const aCtor = bodies[0]![1];
    expect(aCtor.implicitSuper?.owner.internalName).toBe('java/lang/Object');
    const main = r.program.classes.find((c) => c.symbol.name === 'Main')!;
    expect(main.defaultConstructor?.descriptor).toBe('()V');
    expect(main.defaultConstructorSuper?.owner.internalName).toBe('java/lang/Object');
  });
});

describe('names, constants and operators', () => {
  it('resolves simple and qualified names to locals, fields, types and array length', () => {
    const r = ok('class P { static int s; int i; } class Main { public static void main(String[] a) { P p = new P(); int x = p.i + P.s + p.s + a.length + java.lang.Integer.MAX_VALUE; } }');
    const fas = nodes(r, 'FieldAccess');
    const res = fas.map((f) => r.program.names.get(f));
    // outer FieldAccess nodes come first: ...MAX_VALUE, then java.lang.Integer, then java.lang
    expect(res.map((x) => x?.kind)).toEqual(['field', 'field', 'field', 'arrayLength', 'field', 'type', 'package']);
    expect(res.slice(0, 3).map((x) => (x?.kind === 'field' ? x.receiver : ''))).toEqual(['expression', 'none', 'discard']);
    const maxValue = fas[4]!;
    expect(r.program.constants.get(maxValue)).toEqual({ type: 'int', value: 2147483647 });
    expect(r.program.names.get((maxValue as { target: Expression }).target as never)?.kind).toBe('type');
  });

  it('folds constants with Java semantics and inlines static final constant fields', () => {
    const r = ok(`class K { static final int A = Integer.MAX_VALUE + 1; static final long L = 1L << 65; static final byte B = (byte) 200;
      static final int C = (int) 3.9e10; static final String S = "x" + 'y' + 1 + 2.5f + true + -0.0; static final char CH = 'a' + 1;
      static final int D = -7 / 2 + -7 % 3; static final boolean Z = 0.1 + 0.2 != 0.3; static final double N = 0.0 / 0.0; static final int E = 1 / 0; }
      class Main { public static void main(String[] a) { int u = K.A; } }`);
    const value = (name: string) => {
      const f = r.program.classes.find((c) => c.symbol.name === 'K')!.symbol.fields.find((x) => x.name === name)!;
      return f.constantValue;
    };
    expect(value('A')).toEqual({ type: 'int', value: -2147483648 });
    expect(value('L')).toEqual({ type: 'long', value: 2n });
    expect(value('B')).toEqual({ type: 'byte', value: -56 });
    expect(value('C')).toEqual({ type: 'int', value: 2147483647 });
    expect(value('S')).toEqual({ type: 'String', value: 'xy12.5true-0.0' });
    expect(value('CH')).toEqual({ type: 'char', value: 98 });
    expect(value('D')).toEqual({ type: 'int', value: -4 });
    expect(value('Z')).toEqual({ type: 'boolean', value: true });
    expect(Number.isNaN(value('N')!.value)).toBe(true);
    expect(value('E')).toBeNull(); // division by zero is not a constant: it throws at run time
    const read = nodes(r, 'FieldAccess').find((f) => f.name === 'A')!;
    expect(r.program.constants.get(read)).toEqual({ type: 'int', value: -2147483648 });
  });

  it('records string concatenation, operand types and compound operation types', () => {
    const r = ok('class Main { public static void main(String[] a) { byte b = 1; long l = 2; String s = "x" + b; boolean c = b < l; int sh = b << l; b += 1.5; s += 1; char ch = 1; ch++; } }');
    const bins = nodes(r, 'Binary');
    expect(r.program.stringConcat.has(bins[0]!)).toBe(true);
    expect(typeToString(r.program.operandTypes.get(bins[1]!)!)).toBe('long');
    expect(typeToString(r.program.operandTypes.get(bins[2]!)!)).toBe('int');
    const assigns = nodes(r, 'Assign');
    expect(typeToString(r.program.operationTypes.get(assigns[0]!)!)).toBe('double');
    expect(r.program.stringConcat.has(assigns[1]!)).toBe(true);
    expect(typeToString(r.program.operationTypes.get(nodes(r, 'Unary')[0]!)!)).toBe('int');
    expect(typeToString(r.program.exprTypes.get(nodes(r, 'Unary')[0]!)!)).toBe('char');
  });
});

describe('locals, statements and bodies', () => {
  it('assigns one slot per value: this first, then parameters, reusing slots of ended blocks', () => {
    const r = ok('class Main { void f(long a, double b) { { int x = 1; } { long y = 2; } int z = 3; } public static void main(String[] a) { } }');
    const own = [...r.program.locals.entries()].filter(([d]) => d.span.file === 'Main.java').map(([, v]) => v);
    const slot = (name: string) => own.find((v) => v.name === name)!.slot;
    expect(['a', 'b', 'x', 'y', 'z'].map(slot)).toEqual([1, 2, 3, 3, 3]);
    const f = [...r.program.bodies.entries()].find(([d]) => d.kind === 'MethodDecl' && d.name === 'f' && d.span.file === 'Main.java')![1];
    expect(f.localCount).toBe(4);
  });

  it('allocates for-each temporaries and records switch tables and jump targets', () => {
    const r = ok(`class Main { public static void main(String[] a) { outer: for (String s : a) { switch (s) { case "x": break; case "y": continue outer; default: break outer; } }
      char c = 'b'; switch (c) { case 'a': case 66: break; } } }`);
    const fe = nodes(r, 'ForEach')[0]!;
    const info = r.program.forEach.get(fe)!;
    expect([info.arrayTemp.slot, info.indexTemp.slot, info.variable.slot]).toEqual([1, 2, 3]);
    expect(typeToString(info.elementType)).toBe('String');
    const [sw1, sw2] = nodes(r, 'Switch');
    expect(r.program.switches.get(sw1!)).toMatchObject({ kind: 'string' });
    expect(r.program.switches.get(sw1!)!.cases.map((c) => c.value)).toEqual(['x', 'y']);
    expect(r.program.switches.get(sw1!)!.defaultGroup).not.toBeNull();
    expect(r.program.switches.get(sw2!)!.cases.map((c) => c.value)).toEqual([97, 66]);
    const [brk1, brk2] = nodes(r, 'Break');
    expect(r.program.jumpTargets.get(brk1!)).toBe(sw1);
    expect(r.program.jumpTargets.get(brk2!)!.kind).toBe('Labeled');
    expect(r.program.jumpTargets.get(nodes(r, 'Continue')[0]!)).toBe(fe);
  });

  it('records whether bodies and statements complete normally', () => {
    const r = ok('class Main { static int f() { while (true) { } } static void g() { } public static void main(String[] a) { } }');
    const info = (n: string) => [...r.program.bodies.entries()].find(([d]) => d.kind === 'MethodDecl' && d.name === n && d.span.file === 'Main.java')![1];
    expect(info('f').completesNormally).toBe(false);
    expect(info('g').completesNormally).toBe(true);
  });
});
