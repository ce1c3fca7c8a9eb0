// Programs the checker must accept or reject, with the diagnostic codes of each rejection.
// Every case is also compiled by javac (javac-agreement.test.ts): javac must accept exactly
// the accepted ones, except `subset` cases (valid Java outside Ringfence's subset).

export interface CheckCase {
  name: string;
  /** One file (Main.java) or several, keyed by path relative to the program root. */
  src: string | Record<string, string>;
  /** Expected diagnostic codes (each must appear, no others); absent = accepted. */
  errors?: string[];
  /** Valid Java that Ringfence rejects on purpose (outside the subset). */
  subset?: true;
  /** Check without the standard library sources (e.g. when compiling java.lang itself). */
  noStdlib?: true;
  /** Why javac cannot judge this case (e.g. it refuses to compile java.lang classes). */
  javacSkip?: string;
}

/** A body with an int `p` and a boolean `q` whose values are unknown to the checker. */
const flow = (body: string): string => `class Main {\n  static void run(int p, boolean q) {\n${body}\n  }\n  public static void main(String[] a) { }\n}\n`;
const main = (body: string, extra = ''): string => `class Main {\n${extra}\n  static void run() {\n${body}\n  }\n  public static void main(String[] a) { run(); }\n}\n`;

export const CASES: CheckCase[] = [
  // ---------------------------------------------------------------- accepted programs
  { name: 'hello world', src: 'class Main { public static void main(String[] args) { System.out.println("hi"); } }' },
  {
    name: 'arithmetic, casts and compound assignment with implicit narrowing',
    src: main(`byte b = 10; b += 300; short s = 1; s *= 2; char c = 'a'; c += 1; c++; int i = c + 1;
      long l = i; float f = l; double d = f; i = (int) d; b = (byte) i; l <<= 65L; i >>>= 3L; i = 'x' / 2;
      final int K = 3; byte k = K; char cc = 65; short sh = (short) 'z'; System.out.println(b + s + c + i + l + f + d + k + cc + sh);`),
  },
  {
    name: 'string concatenation with every type and null',
    src: main(`String s = "a" + 1 + 2L + 3.0f + 4.0 + 'c' + true + null + new Object() + new int[0].length; s += 5; s += 'x'; Object o = "q"; o += "r"; System.out.println(s + o);`),
  },
  {
    name: 'overloading picks the most specific by widening and subtyping',
    src: main(`f(1); f(1L); f('c'); f((byte) 1); f(1.0f); g("s"); g(new Object()); g(null); h(1, 2L);`,
      `static void f(int x) {} static void f(long x) {} static void f(double x) {}
       static void g(Object o) {} static void g(String s) {}
       static void h(long a, long b) {} static void h(int a, long b) {}`),
  },
  {
    name: 'conditional expression typing without boxing',
    src: main(`byte b = true ? (byte) 1 : 2; short s = false ? (byte) 1 : (short) 2; char c = true ? 'a' : 0;
      long l = true ? 1 : 2L; Object o = true ? "s" : new Object(); String n = false ? null : "x"; int[] arr = true ? null : new int[1];
      Number num = true ? (Number) null : null; System.out.println(b + s + c + l + o.toString() + n + arr + num);`),
  },
  {
    name: 'definite assignment through if/else, switch, loops, && and ||',
    src: main(`int x; if (Math.abs(-1) > 0) x = 1; else x = 2; System.out.println(x);
      int y; while (true) { y = 3; break; } System.out.println(y);
      int z; boolean ok = (z = 4) > 0 && z > 1; System.out.println(z + " " + ok);
      int w; if (ok && (w = 5) > 0) System.out.println(w);
      int v; switch (x) { case 1: v = 1; break; default: v = 2; } System.out.println(v);
      final int u; u = 7; System.out.println(u);
      int t; for (;;) { t = 1; break; } System.out.println(t);
      int q; do { q = 2; } while (q < 0); System.out.println(q);
      int r; if (!(ok || (r = 1) > 0)) { } else { }
      int p; boolean b2 = true; if (b2 || (p = 1) > 0) { }`),
  },
  { name: 'a break through finally carries the finally block\'s assignments', src: main('int x; while (true) { try { break; } finally { x = 1; } } System.out.println(x);') },
  {
    name: 'labels, break and continue to outer loops',
    src: main(`outer: for (int i = 0; i < 3; i++) { inner: for (int j = 0; j < 3; j++) { if (j == 1) continue outer; if (i == 2) break outer; if (j == 2) break inner; } }
      block: { if (Math.abs(1) == 1) break block; System.out.println("x"); }
      int k = 0; loop: while (k < 5) { k++; switch (k) { case 2: continue loop; case 4: break loop; default: break; } }`),
  },
  {
    name: 'switch on String, char, byte with constants and fallthrough',
    src: main(`final String A = "a"; String s = "b"; switch (s) { case A: case "b": System.out.println(1); case "c": break; default: }
      char c = 'x'; switch (c) { case 'x': case 65: break; case (char) 66: break; }
      byte b = 1; final int TWO = 2; switch (b) { case 1: case TWO: case -128: break; }
      switch (3) { }`),
  },
  {
    name: 'classes, interfaces, abstract methods, covariant returns, super calls',
    src: `interface Shape { double area(); Shape copy(); }
      interface Named { String name(); }
      abstract class Base implements Shape, Named { public String name() { return "base"; } public abstract double area(); }
      final class Sq extends Base { double s; Sq(double s) { this.s = s; } public double area() { return s * s; }
        public Sq copy() { return new Sq(s); } public String name() { return "sq:" + super.name(); } }
      class Main { public static void main(String[] a) { Shape x = new Sq(2).copy(); System.out.println(x.area() + ((Named) x).name() + x.hashCode() + x.toString()); } }`,
  },
  {
    name: 'constructors with this(...) and super(...), blank finals, initializers',
    src: `class A { final int x; static final int S; static { S = 4; } int y = 2; { y += 1; } A() { this(1); } A(int x) { this.x = x; } }
      class B extends A { final String n; B() { super(5); n = "b"; } B(String n) { this.n = n; } }
      class Main { public static void main(String[] a) { System.out.println(new B().x + A.S + new A().y); } }`,
  },
  {
    name: 'exceptions: try/catch/finally, multi-catch, throws, rethrow',
    src: `class MyEx extends Exception { MyEx(String m) { super(m); } }
      class Main {
        static void f(int i) throws MyEx { if (i > 0) throw new MyEx("x"); }
        static void g() throws Exception { try { f(1); } catch (MyEx e) { throw e; } }
        static void h() throws MyEx { try { f(2); } catch (Exception e) { throw e; } }
        public static void main(String[] a) throws Exception {
          try { f(1); } catch (MyEx | RuntimeException e) { System.out.println(e.getMessage()); } finally { System.out.println("f"); }
          try { g(); } catch (Throwable t) { }
          try { int x = 1 / 0; } catch (ArithmeticException e) { } catch (Exception e) { }
          try { } catch (RuntimeException e) { } catch (Error e) { }
          try { h(); } catch (MyEx e) { }
        }
      }`,
  },
  {
    name: 'static final constants and arrays',
    src: `class K { static final int A = 1 + 2 * 3; static final String S = "v" + A; static final long L = A << 40; static final double D = 1 / 3.0; static final char C = 'a' + 1; }
      class Main { static final int[] ARR = {1, 2, K.A}; public static void main(String[] a) { int[][] m = new int[2][]; m[0] = new int[]{1}; int[][] n = {{1}, {2, 3}, {}}; String[] s = new String[3];
        Object o = s; Object[] oa = s; System.out.println(K.S + K.L + K.D + K.C + m[0][0] + n[1].length + ARR.length + oa.length + o); } }`,
  },
  {
    name: 'enhanced for over arrays with widening',
    src: main(`int[] xs = {1, 2}; long sum = 0; for (long x : xs) sum += x; for (final int x : xs) { } String[] ss = {"a"}; for (Object o : ss) System.out.println(o); System.out.println(sum);`),
  },
  {
    name: 'instanceof and reference casts between classes and interfaces',
    src: `interface I {} class C {} final class F {} class D extends C implements I {}
      class Main { public static void main(String[] a) { Object o = new D(); C c = (C) o; I i = (I) c; D d = (D) i; boolean b = o instanceof I && c instanceof D && i instanceof C;
        Object[] arr = new String[1]; String[] sa = (String[]) arr; Cloneable cl = new int[0]; int[] ia = (int[]) (Object) cl; System.out.println(b + " " + d + sa.length + ia.length); } }`,
  },
  {
    name: 'field hiding, static access through instances and types, protected in same package',
    src: `class P { int v = 1; static int s = 2; protected int p = 3; static int sm() { return 4; } }
      class Q extends P { int v = 10; int both() { return v + super.v + ((P) this).v + p; } }
      class Main { public static void main(String[] a) { Q q = new Q(); System.out.println(q.both() + q.s + Q.s + P.sm() + q.sm() + q.p); } }`,
  },
  {
    name: 'unreachable code allowed by JLS §14.22 (if (false), code after if-return)',
    src: main(`if (false) { System.out.println("never"); } int x = 1; if (x > 0) return; System.out.println(x); while (x > 10) { }`),
  },
  {
    name: 'methods ending in throw or infinite loops need no return',
    src: `class Main { static int f() { throw new RuntimeException(); } static int g() { while (true) { } } static int h(int x) { for (;;) { if (x > 0) return 1; } }
      static int k(int x) { switch (x) { case 1: return 1; default: return 2; } } static int m(int x) { try { return 1; } finally { } }
      static int n(boolean b) { if (b) return 1; else return 2; } static int p() { do { return 1; } while (true); } static int q() { lbl: { return 2; } }
      public static void main(String[] a) { System.out.println(k(1) + m(1) + n(true) + p() + q() + h(1)); } }`,
  },
  {
    name: 'Integer/Long/Character/Boolean static helpers and Object methods on interfaces',
    src: `interface I {} class Main { public static void main(String[] a) { I i = null; int x = Integer.parseInt("12"); long l = Long.parseLong("3"); boolean d = Character.isDigit('1');
       String s = Integer.toString(x) + Long.toString(l) + Boolean.toString(d) + String.valueOf(1.5) + Integer.MAX_VALUE + Long.MIN_VALUE;
       if (i != null) System.out.println(i.equals(i) + "" + i.hashCode()); System.out.println(s); } }`,
  },
  {
    name: 'packages and imports across files',
    src: {
      'p/A.java': 'package p; public class A { public static int f() { return 1; } protected int g() { return 2; } public A() {} }',
      'q/B.java': 'package q; import p.A; public class B extends A { public int h() { return g() + this.g(); } }',
      'Main.java': 'import p.*; import q.B; class Main { public static void main(String[] a) { System.out.println(A.f() + new B().h() + p.A.f()); } }',
    },
  },
  {
    name: 'local variable scopes and slot reuse across sibling blocks',
    src: main(`{ int a = 1; System.out.println(a); } { long a = 2; System.out.println(a); } for (int i = 0; i < 1; i++) { } for (int i = 0; i < 1; i++) { } try { int e = 1; } catch (RuntimeException e) { }`),
  },
  {
    name: 'java.lang.Object with no superclass compiles alone',
    src: { 'java/lang/Object.java': 'package java.lang; public class Object { public Object() {} public boolean equals(Object o) { return this == o; } }' },
    noStdlib: true,
    javacSkip: 'javac refuses to compile java.lang classes outside the java.base module',
  },
  {
    name: 'char arithmetic, shifts with long counts, integer constant folding edge cases',
    src: main(`char c = 'a'; int i = c + 1; c = (char) (c + 1); int m = Integer.MIN_VALUE / -1; int sh = 1 << 33; long ls = 1L << 65; int sl = 8 >> 2L;
      final int big = 0x7fffffff + 1; byte bb = -128; byte b2 = (byte) 200; System.out.println(i + c + m + sh + ls + sl + big + bb + b2);`),
  },
  // ---------------------------------------------------------------- names and types (RF2xxx)
  { name: 'unknown variable', src: main('System.out.println(nope);'), errors: ['RF2001'] },
  { name: 'unknown method', src: main('nope(1);'), errors: ['RF2001'] },
  { name: 'unknown class', src: main('Nope n = null;'), errors: ['RF2001'] },
  { name: 'unknown field on a class', src: main('int x = Integer.NOPE;'), errors: ['RF2001'] },
  { name: 'int to String', src: main('String s = 5;'), errors: ['RF2002'] },
  { name: 'boolean to int', src: main('int x = true;'), errors: ['RF2002'] },
  { name: 'lossy long to int', src: main('long l = 1; int i = l;'), errors: ['RF2003'] },
  { name: 'lossy double to float', src: main('float f = 1.0;'), errors: ['RF2003'] },
  { name: 'constant too big for byte', src: main('byte b = 200;'), errors: ['RF2003'] },
  { name: 'non-constant int to char', src: main('int i = 1; char c = i;'), errors: ['RF2003'] },
  { name: 'duplicate local', src: main('int x = 1; { int x = 2; }'), errors: ['RF2004'] },
  { name: 'duplicate parameter and local', src: 'class Main { void f(int a) { int a = 1; } public static void main(String[] x) {} }', errors: ['RF2004'] },
  { name: 'duplicate method', src: 'class Main { void f() {} int f() { return 1; } public static void main(String[] x) {} }', errors: ['RF2004'] },
  { name: 'duplicate field', src: 'class Main { int a; String a; public static void main(String[] x) {} }', errors: ['RF2004'] },
  { name: 'instance field from static method', src: 'class Main { int v; public static void main(String[] x) { v = 1; } }', errors: ['RF2005'] },
  { name: 'instance method from static method', src: 'class Main { void f() {} public static void main(String[] x) { f(); } }', errors: ['RF2005'] },
  { name: 'this in static context', src: 'class Main { public static void main(String[] x) { Object o = this; } }', errors: ['RF2005'] },
  { name: 'instance method through type name', src: 'class Main { void f() {} public static void main(String[] x) { Main.f(); } }', errors: ['RF2005'] },
  { name: 'private field of another class', src: 'class A { private int p; } class Main { public static void main(String[] x) { int v = new A().p; } }', errors: ['RF2006'] },
  { name: 'private method of another class', src: 'class A { private void p() {} } class Main { public static void main(String[] x) { new A().p(); } }', errors: ['RF2006'] },
  { name: 'private constructor', src: 'class A { private A() {} } class Main { public static void main(String[] x) { new A(); } }', errors: ['RF2006'] },
  {
    name: 'package-private class from another package',
    src: { 'p/A.java': 'package p; class A {}', 'Main.java': 'class Main { public static void main(String[] x) { p.A a = null; } }' },
    errors: ['RF2007'],
  },
  {
    name: 'protected member via a non-subclass qualifier in another package',
    src: {
      'p/A.java': 'package p; public class A { protected int v; public A() {} }',
      'Main.java': 'class Main extends p.A { static void f(p.A other) { int x = other.v; } public static void main(String[] x) {} }',
    },
    errors: ['RF2006'],
  },
  { name: 'boolean plus int', src: main('int x = true + 1;'), errors: ['RF2008'] },
  { name: 'shift of a double', src: main('double d = 1.0 << 2;'), errors: ['RF2008'] },
  { name: 'logical and on ints', src: main('boolean b = 1 && 2;'), errors: ['RF2008'] },
  { name: 'boolean compared to int', src: main('boolean b = true == 1;'), errors: ['RF2010'] },
  { name: 'not on an int', src: main('boolean b = !5;'), errors: ['RF2009'] },
  { name: 'minus on a boolean', src: main('boolean b = -true;'), errors: ['RF2009'] },
  { name: 'bitwise complement on a double', src: main('double d = ~1.5;'), errors: ['RF2009'] },
  { name: 'String compared with Integer', src: main('boolean b = "a" == Integer.valueOf(1);'), errors: ['RF2010'] },
  { name: 'int dereferenced', src: main('int i = 1; i.toString();'), errors: ['RF2011'] },
  { name: 'indexing a non-array', src: main('int i = 1; int j = i[0];'), errors: ['RF2012'] },
  { name: 'wrong argument count', src: 'class Main { static void f(int a) {} public static void main(String[] x) { f(1, 2); } }', errors: ['RF2013'] },
  { name: 'narrowing argument not applied', src: 'class Main { static void f(byte a) {} public static void main(String[] x) { f(1); } }', errors: ['RF2013'] },
  { name: 'no suitable overload', src: 'class Main { static void f(int a) {} static void f(String s) {} public static void main(String[] x) { f(true); } }', errors: ['RF2014'] },
  { name: 'ambiguous overload', src: 'class Main { static void f(int a, long b) {} static void f(long a, int b) {} public static void main(String[] x) { f(1, 1); } }', errors: ['RF2015'] },
  { name: 'void value used', src: 'class Main { static void f() {} public static void main(String[] x) { int y = f(); } }', errors: ['RF2016'] },
  { name: 'void in string concatenation', src: 'class Main { static void f() {} public static void main(String[] x) { String s = "a" + f(); } }', errors: ['RF2016'] },
  { name: 'assignment to a non-variable', src: main('int a = 1; (a + 1) = 2;'), errors: ['RF2017'] },
  { name: 'increment of a literal', src: main('5++;'), errors: ['RF2017'] },
  { name: 'instanceof on a primitive', src: main('int i = 1; boolean b = i instanceof Object;'), errors: ['RF2017'] },
  { name: 'abstract class instantiated', src: 'abstract class A {} class Main { public static void main(String[] x) { new A(); } }', errors: ['RF2018'] },
  { name: 'interface instantiated', src: 'interface I {} class Main { public static void main(String[] x) { new I(); } }', errors: ['RF2018'] },
  { name: 'final local reassigned', src: main('final int a = 1; a = 2;'), errors: ['RF2019'] },
  { name: 'final field assigned in a method', src: 'class Main { final int a = 1; void f() { a = 2; } public static void main(String[] x) {} }', errors: ['RF2019'] },
  { name: 'blank final field assigned in a method', src: 'class Main { final int a; Main() { a = 1; } void f() { a = 2; } public static void main(String[] x) {} }', errors: ['RF2019'] },
  { name: 'array length assigned', src: main('int[] a = {}; a.length = 3;'), errors: ['RF2019'] },
  { name: 'autoboxing int to Object', src: main('Object o = 1;'), errors: ['RF2020'], subset: true },
  { name: 'unboxing Integer to int', src: main('int i = Integer.valueOf(1);'), errors: ['RF2020'], subset: true },
  { name: 'unboxing in arithmetic', src: main('Integer i = Integer.valueOf(1); int j = i + 1;'), errors: ['RF2020'], subset: true },
  { name: 'unboxing in a condition', src: main('Boolean b = Boolean.valueOf(true); if (b) { }'), errors: ['RF2020'], subset: true },
  { name: 'unboxing in ++', src: main('Integer i = Integer.valueOf(1); i++;'), errors: ['RF2020'], subset: true },
  { name: 'unboxing an array index', src: main('int[] a = {1}; Integer i = Integer.valueOf(0); int x = a[i];'), errors: ['RF2020'], subset: true },
  { name: 'unboxing in a comparison', src: main('Integer i = Integer.valueOf(1); boolean b = i == 1;'), errors: ['RF2020'], subset: true },
  { name: 'boxing in conditional', src: main('Object o = true ? 1 : "s";'), errors: ['RF2020'], subset: true },
  { name: 'non-constant case label', src: main('int x = 1, y = 2; switch (x) { case y: break; }'), errors: ['RF2021'] },
  { name: 'duplicate case label', src: main('switch (1) { case 1: case 2 - 1: break; }'), errors: ['RF2022'] },
  { name: 'duplicate String case label', src: main('switch ("a") { case "a": break; case "a": break; }'), errors: ['RF2022'] },
  { name: 'duplicate default', src: main('switch (1) { default: break; default: }'), errors: ['RF2023'] },
  { name: 'import from a missing package', src: 'import nowhere.Thing; class Main { public static void main(String[] x) {} }', errors: ['RF2024'] },
  { name: 'field inherited from two interfaces is ambiguous', src: 'interface I { int X = 1; } interface J { int X = 2; } class Main implements I, J { public static void main(String[] a) { System.out.println(X); } }', errors: ['RF2015'] },
  { name: 'illegal forward reference', src: 'class Main { static int a = b + 1; static int b = 2; public static void main(String[] x) {} }', errors: ['RF2026'] },
  { name: 'instance field in this(...) argument', src: 'class Main { int v; Main(int a) {} Main() { this(v); } public static void main(String[] x) {} }', errors: ['RF2027'] },
  { name: 'abstract super call', src: 'abstract class A { abstract void f(); } class B extends A { void f() { super.f(); } } class Main { public static void main(String[] x) {} }', errors: ['RF2028'] },
  { name: 'return value from void', src: main('return 1;'), errors: ['RF2029'] },
  { name: 'missing return value', src: 'class Main { static int f() { return; } public static void main(String[] x) {} }', errors: ['RF2030'] },
  { name: 'return in initializer', src: 'class Main { static { return; } public static void main(String[] x) {} }', errors: ['RF2031'] },
  { name: 'for-each over a non-array', src: main('for (int i : 5) { }'), errors: ['RF2032'] },
  { name: 'array initializer for a scalar', src: main('int x = {1};'), errors: ['RF2033'] },
  { name: 'final parameter assigned', src: 'class Main { static void f(final int a) { a = 1; } public static void main(String[] x) {} }', errors: ['RF2034'] },
  { name: 'multi-catch parameter assigned', src: main('try { } catch (IllegalStateException | IllegalArgumentException e) { e = null; }'), errors: ['RF2035'] },
  { name: 'multi-catch alternatives related', src: main('try { } catch (RuntimeException | IllegalStateException e) { }'), errors: ['RF2036'] },
  { name: 'label reused inside itself', src: main('a: { a: { } }'), errors: ['RF2037'] },
  { name: 'expression as statement', src: main('int a = 1; a + 1;'), errors: ['RF1002'] },
  { name: 'clone of an array is public, typed T[] and throws nothing (JLS §10.7)', src: main('int[] a = {1}; int[] b = a.clone(); String[][] s = {}; String[][] t = s.clone(); Object[] o = s.clone(); Object c = b.clone();') },
  { name: 'clone of an int[] is not an Object[]', src: main('int[] a = {1}; Object[] b = a.clone();'), errors: ['RF2002'] },
  { name: 'clone of an array in a try catching CloneNotSupportedException', src: main('int[] a = {1}; try { a = a.clone(); } catch (CloneNotSupportedException e) { }'), errors: ['RF3008'] },
  { name: 'class literal', src: main('Object c = String.class;'), errors: ['RF2039'], subset: true },
  { name: 'case label out of range for char', src: main("char c = 'a'; switch (c) { case -1: break; }"), errors: ['RF2003'] },
  { name: 'switch on long', src: main('long l = 1; switch (l) { default: }'), errors: ['RF2041'] },
  { name: 'switch on boolean', src: main('switch (true) { default: }'), errors: ['RF2041'] },
  { name: 'incompatible cast', src: main('String s = (String) new Object[0];'), errors: ['RF2002'] },
  { name: 'cast between unrelated classes', src: main('Integer i = (Integer) "s";'), errors: ['RF2002'] },
  { name: 'cast of a final class to an unimplemented interface', src: 'interface I {} final class F {} class Main { public static void main(String[] x) { I i = (I) new F(); } }', errors: ['RF2002'] },
  { name: 'instanceof between unrelated classes', src: main('boolean b = "s" instanceof Integer;'), errors: ['RF2002'] },
  { name: 'condition not boolean', src: main('if (1) { }'), errors: ['RF2002'] },
  { name: 'throw a non-throwable', src: main('throw "x";'), errors: ['RF2002'] },
  { name: 'catch a non-throwable', src: main('try { } catch (String s) { }'), errors: ['RF2002'] },
  { name: 'long array index', src: main('int[] a = {1}; long i = 0; int v = a[i];'), errors: ['RF2003'] },
  { name: 'compound assignment on boolean with +', src: main('boolean b = true; b += 1;'), errors: ['RF2008'] },
  { name: 'several errors in one run', src: main('int a = "s"; nope(); boolean b = 1;'), errors: ['RF2002', 'RF2001', 'RF2002'] },
  // ---------------------------------------------------------------- flow (RF3xxx)
  { name: 'uninitialized local read', src: main('int x; System.out.println(x);'), errors: ['RF3001'] },
  { name: 'local assigned on one branch only', src: main('int x; if (Math.abs(1) > 0) x = 1; System.out.println(x);'), errors: ['RF3001'] },
  { name: 'local assigned in a loop body only', src: main('int x; while (Math.abs(1) > 5) { x = 1; } System.out.println(x);'), errors: ['RF3001'] },
  { name: 'local assigned only on the right of ||', src: main('int x; if (Math.abs(1) > 0 || (x = 1) > 0) System.out.println(x);'), errors: ['RF3001'] },
  { name: 'switch without default leaves local unassigned', src: main('int x; switch (Math.abs(1)) { case 1: x = 1; } System.out.println(x);'), errors: ['RF3001'] },
  { name: 'assigned only in try', src: main('int x; try { x = Integer.parseInt("1"); } catch (RuntimeException e) { } System.out.println(x);'), errors: ['RF3001'] },
  { name: 'blank final field never assigned in constructor', src: 'class Main { final int a; Main() { } public static void main(String[] x) {} }', errors: ['RF3001'] },
  { name: 'blank final field read before assignment', src: 'class Main { final int a; Main() { System.out.println(a); a = 1; } public static void main(String[] x) {} }', errors: ['RF3001'] },
  { name: 'static blank final never assigned', src: 'class Main { static final int A; public static void main(String[] x) {} }', errors: ['RF3006'] },
  { name: 'missing return', src: 'class Main { static int f(int x) { if (x > 0) return 1; } public static void main(String[] a) {} }', errors: ['RF3002'] },
  { name: 'missing return after a loop with a break', src: 'class Main { static int f() { while (true) { break; } } public static void main(String[] a) {} }', errors: ['RF3002'] },
  { name: 'statement after return', src: main('return; System.out.println(1);'), errors: ['RF3003'] },
  { name: 'statement after infinite loop', src: main('while (true) { } System.out.println(1);'), errors: ['RF3003'] },
  { name: 'statement after break', src: main('for (;;) { break; System.out.println(1); }'), errors: ['RF3003'] },
  { name: 'while (false) body', src: main('while (false) { System.out.println(1); }'), errors: ['RF3003'] },
  { name: 'statement after throw', src: main('throw new RuntimeException(); int x = 1;'), errors: ['RF3003'] },
  { name: 'final local assigned twice', src: main('final int x; x = 1; x = 2;'), errors: ['RF3004'] },
  { name: 'blank final field assigned twice', src: 'class Main { final int a; Main() { a = 1; a = 2; } public static void main(String[] x) {} }', errors: ['RF3004'] },
  { name: 'final local assigned in loop', src: main('final int x; for (int i = 0; i < 2; i++) { x = i; }'), errors: ['RF3005'] },
  { name: 'blank final not initialized by default constructor', src: 'class Main { final int a; public static void main(String[] x) {} }', errors: ['RF3006'] },
  { name: 'unreported checked exception from throw', src: main('throw new Exception("x");'), errors: ['RF3007'] },
  { name: 'unreported checked exception from a call', src: 'class Main { static void f() throws Exception {} public static void main(String[] x) { f(); } }', errors: ['RF3007'] },
  { name: 'unreported checked exception from a constructor', src: 'class A { A() throws Exception {} } class Main { public static void main(String[] x) { new A(); } }', errors: ['RF3007'] },
  { name: 'checked exception in static initializer', src: 'class Main { static void f() throws Exception {} static { f(); } public static void main(String[] x) {} }', errors: ['RF3007'] },
  { name: 'implicit super constructor throws', src: 'class A { A() throws Exception {} } class B extends A { B() {} } class Main { public static void main(String[] x) {} }', errors: ['RF3007'] },
  { name: 'catch of a checked exception never thrown', src: 'class E extends Exception {} class Main { public static void main(String[] x) { try { int a = 1; } catch (E e) { } } }', errors: ['RF3008'] },
  { name: 'initializer that cannot complete normally', src: 'class Main { static { throw new RuntimeException(); } public static void main(String[] x) {} }', errors: ['RF3009'] },
  { name: 'undefined label', src: main('while (true) { break nowhere; }'), errors: ['RF3010'] },
  { name: 'continue to a block label', src: main('a: { for (;;) { continue a; } }'), errors: ['RF3011'] },
  { name: 'continue to an outer label of a doubly labeled loop', src: main('a: b: for (;;) { continue a; }'), errors: ['RF3011'] },
  { name: 'break outside loop', src: main('break;'), errors: ['RF3012'] },
  { name: 'continue outside loop', src: main('switch (1) { default: continue; }'), errors: ['RF3013'] },
  { name: 'exception already caught', src: main('try { } catch (RuntimeException e) { } catch (IllegalStateException e) { }'), errors: ['RF3014'] },
  // ---------------------------------------------------------------- flow corner cases (verdicts checked against javac)
  { name: "flow: " + "int x; while (true) { try { x = 1; break; } finally { } } System.out.println(x);", src: flow("int x; while (true) { try { x = 1; break; } finally { } } System.out.println(x);") },
  { name: "flow: " + "int x; while (true) { try { break; } finally { x = 1; } } System.out.println(x);", src: flow("int x; while (true) { try { break; } finally { x = 1; } } System.out.println(x);") },
  { name: "flow: " + "int x; try { x = 1; return; } finally { } ", src: flow("int x; try { x = 1; return; } finally { } ") },
  { name: "flow: " + "final int x; while (true) { x = 1; break; }", src: flow("final int x; while (true) { x = 1; break; }") },
  { name: "flow: " + "final int x; while (q) { if (q) { x = 1; break; } }", src: flow("final int x; while (q) { if (q) { x = 1; break; } }") },
  { name: "flow: " + "final int x; for (;;) { x = 1; break; }", src: flow("final int x; for (;;) { x = 1; break; }") },
  { name: "flow: " + "final int x; for (;;) { x = 1; if (q) break; }", src: flow("final int x; for (;;) { x = 1; if (q) break; }"), errors: ["RF3005"] },
  { name: "flow: " + "final int x; do { x = 1; break; } while (true);", src: flow("final int x; do { x = 1; break; } while (true);") },
  { name: "flow: " + "final int x; do { x = 1; } while (q);", src: flow("final int x; do { x = 1; } while (q);"), errors: ["RF3005"] },
  { name: "flow: " + "final int x; lbl: { x = 1; break lbl; }", src: flow("final int x; lbl: { x = 1; break lbl; }") },
  { name: "flow: " + "final int x; switch (p) { case 1: x = 1; break; default: x = 2; }", src: flow("final int x; switch (p) { case 1: x = 1; break; default: x = 2; }") },
  { name: "flow: " + "final int x; switch (p) { case 1: x = 1; default: x = 2; }", src: flow("final int x; switch (p) { case 1: x = 1; default: x = 2; }"), errors: ["RF3004"] },
  { name: "flow: " + "final int x; if (q) { x = 1; } if (!q) { x = 2; }", src: flow("final int x; if (q) { x = 1; } if (!q) { x = 2; }"), errors: ["RF3004"] },
  { name: "flow: " + "final int x; boolean b = q && (x = 1) > 0;", src: flow("final int x; boolean b = q && (x = 1) > 0;") },
  { name: "flow: " + "final int x; boolean b = q && (x = 1) > 0 || (x = 2) > 0;", src: flow("final int x; boolean b = q && (x = 1) > 0 || (x = 2) > 0;"), errors: ["RF3004"] },
  { name: "flow: " + "final int x; if (q && (x = 1) > 0) {} else { x = 2; }", src: flow("final int x; if (q && (x = 1) > 0) {} else { x = 2; }"), errors: ["RF3004"] },
  { name: "flow: " + "final int x; if (q || (x = 1) > 0) { x = 2; }", src: flow("final int x; if (q || (x = 1) > 0) { x = 2; }"), errors: ["RF3004"] },
  { name: "flow: " + "final int x; try { x = 1; } catch (RuntimeException e) { }", src: flow("final int x; try { x = 1; } catch (RuntimeException e) { }") },
  { name: "flow: " + "final int x; try { if (q) throw new RuntimeException(); x = 1; } catch (RuntimeException e) { x = 2; }", src: flow("final int x; try { if (q) throw new RuntimeException(); x = 1; } catch (RuntimeException e) { x = 2; }"), errors: ["RF3004"] },
  { name: "flow: " + "final int x; for (int i = 0; i < 3; i++) { if (i == 2) { x = 1; break; } }", src: flow("final int x; for (int i = 0; i < 3; i++) { if (i == 2) { x = 1; break; } }") },
  { name: "flow: " + "final int x; x = 1; for (;;) { if (q) break; } System.out.println(x);", src: flow("final int x; x = 1; for (;;) { if (q) break; } System.out.println(x);") },
  { name: "flow: " + "final int x; for (x = 1; q; ) { }", src: flow("final int x; for (x = 1; q; ) { }") },
  { name: "flow: " + "final int[] a = new int[1]; a[0] = 1; a[0]++;", src: flow("final int[] a = new int[1]; a[0] = 1; a[0]++;") },
  { name: "flow: " + "final int x = 1; x++;", src: flow("final int x = 1; x++;"), errors: ["RF2019"] },
  { name: "flow: " + "final int x; x++;", src: flow("final int x; x++;"), errors: ["RF3001"] },
  { name: "flow: " + "final int x; x += 1;", src: flow("final int x; x += 1;"), errors: ["RF3001"] },
  { name: "flow: " + "int x; if (q) { return; } else { x = 1; } System.out.println(x);", src: flow("int x; if (q) { return; } else { x = 1; } System.out.println(x);") },
  { name: "flow: " + "int x; if (q) { throw new RuntimeException(); } x = 1; System.out.println(x);", src: flow("int x; if (q) { throw new RuntimeException(); } x = 1; System.out.println(x);") },
  { name: "flow: " + "int x; if (true) { x = 1; } System.out.println(x);", src: flow("int x; if (true) { x = 1; } System.out.println(x);") },
  { name: "flow: " + "int x; if (false) { } else { x = 1; } System.out.println(x);", src: flow("int x; if (false) { } else { x = 1; } System.out.println(x);") },
  { name: "flow: " + "int x; while (false) { } System.out.println(x);", src: flow("int x; while (false) { } System.out.println(x);"), errors: ["RF3003","RF3001"] },
  { name: "flow: " + "int x; for (; false; ) { } System.out.println(x);", src: flow("int x; for (; false; ) { } System.out.println(x);"), errors: ["RF3003","RF3001"] },
  { name: "flow: " + "int x; if (q && false) { System.out.println(x); }", src: flow("int x; if (q && false) { System.out.println(x); }") },
  { name: "flow: " + "int x; if (false && q) { System.out.println(x); }", src: flow("int x; if (false && q) { System.out.println(x); }") },
  { name: "flow: " + "int x; boolean b = false && x > 0;", src: flow("int x; boolean b = false && x > 0;") },
  { name: "flow: " + "int x; boolean b = true || x > 0;", src: flow("int x; boolean b = true || x > 0;") },
  { name: "flow: " + "int x; boolean b = q || x > 0;", src: flow("int x; boolean b = q || x > 0;"), errors: ["RF3001"] },
  { name: "flow: " + "int x; int y = true ? 1 : x;", src: flow("int x; int y = true ? 1 : x;") },
  { name: "flow: " + "int x; int y = false ? x : 1;", src: flow("int x; int y = false ? x : 1;") },
  { name: "flow: " + "int x; while (true) { } ", src: flow("int x; while (true) { } ") },
  { name: "flow: " + "int x; do { } while (x > 0);", src: flow("int x; do { } while (x > 0);"), errors: ["RF3001"] },
  { name: "flow: " + "int x; for (int i = 0; i < x; i++) { }", src: flow("int x; for (int i = 0; i < x; i++) { }"), errors: ["RF3001"] },
  { name: "flow: " + "int x; switch (x) { }", src: flow("int x; switch (x) { }"), errors: ["RF3001"] },
  { name: "flow: " + "int x; x = x + 1;", src: flow("int x; x = x + 1;"), errors: ["RF3001"] },
  { name: "flow: " + "int x; int[] a = new int[x = 2]; System.out.println(x);", src: flow("int x; int[] a = new int[x = 2]; System.out.println(x);") },
  { name: "flow: int x; String s = \"\" + (x = 1) + x;", src: flow("int x; String s = \"\" + (x = 1) + x;") },
  { name: "flow: " + "int x; Object o = (Object) (x = 1); System.out.println(x);", src: flow("int x; Object o = (Object) (x = 1); System.out.println(x);"), errors: ["RF2020"], subset: true },
  { name: "flow: " + "int x; int y = (x = 1) + x;", src: flow("int x; int y = (x = 1) + x;") },
  { name: "flow: " + "int x; int y = x + (x = 1);", src: flow("int x; int y = x + (x = 1);"), errors: ["RF3001"] },
  { name: "flow: " + "int[] a; a[0] = 1;", src: flow("int[] a; a[0] = 1;"), errors: ["RF3001"] },
  { name: "flow: " + "int[] a; int i; a = new int[1]; a[i] = 1;", src: flow("int[] a; int i; a = new int[1]; a[i] = 1;"), errors: ["RF3001"] },
  { name: "flow: " + "int x, y = x;", src: flow("int x, y = x;"), errors: ["RF3001"] },
  { name: "flow: " + "int x = 1, y = x;", src: flow("int x = 1, y = x;") },
  { name: "flow: " + "int x; lbl: while (q) { if (q) { x = 1; break lbl; } } System.out.println(x);", src: flow("int x; lbl: while (q) { if (q) { x = 1; break lbl; } } System.out.println(x);"), errors: ["RF3001"] },
  { name: "flow: " + "int x; lbl: { while (true) { x = 1; break lbl; } } System.out.println(x);", src: flow("int x; lbl: { while (true) { x = 1; break lbl; } } System.out.println(x);") },
  { name: "flow: " + "int x; lbl: { while (true) { if (q) break lbl; x = 1; break; } } System.out.println(x);", src: flow("int x; lbl: { while (true) { if (q) break lbl; x = 1; break; } } System.out.println(x);"), errors: ["RF3001"] },
  { name: "flow: " + "int x; for (int i : new int[0]) { x = 1; } System.out.println(x);", src: flow("int x; for (int i : new int[0]) { x = 1; } System.out.println(x);"), errors: ["RF3001"] },
  { name: "flow: " + "for (final int i : new int[0]) { i = 1; }", src: flow("for (final int i : new int[0]) { i = 1; }"), errors: ["RF2019"] },
  { name: "flow: " + "for (int i : new int[0]) { i = 1; }", src: flow("for (int i : new int[0]) { i = 1; }") },
  { name: "flow: " + "int x; try { x = 1; } finally { System.out.println(x); }", src: flow("int x; try { x = 1; } finally { System.out.println(x); }"), errors: ["RF3001"] },
  { name: "flow: " + "int x; try { x = 1; } catch (RuntimeException e) { System.out.println(x); }", src: flow("int x; try { x = 1; } catch (RuntimeException e) { System.out.println(x); }"), errors: ["RF3001"] },
  { name: "flow: " + "int x; try { } catch (RuntimeException e) { x = 1; } finally { } System.out.println(x);", src: flow("int x; try { } catch (RuntimeException e) { x = 1; } finally { } System.out.println(x);"), errors: ["RF3001"] },
  { name: "flow: " + "int x; try { throw new RuntimeException(); } catch (RuntimeException e) { x = 1; } System.out.println(x);", src: flow("int x; try { throw new RuntimeException(); } catch (RuntimeException e) { x = 1; } System.out.println(x);") },
  { name: "flow: " + "int x; try { x = 1; } catch (RuntimeException e) { throw e; } System.out.println(x);", src: flow("int x; try { x = 1; } catch (RuntimeException e) { throw e; } System.out.println(x);") },
  { name: "flow: " + "int x; try { x = 1; } catch (RuntimeException e) { return; } System.out.println(x);", src: flow("int x; try { x = 1; } catch (RuntimeException e) { return; } System.out.println(x);") },
  { name: "flow: " + "final int x; try { x = 1; } catch (RuntimeException e) { throw e; } System.out.println(x);", src: flow("final int x; try { x = 1; } catch (RuntimeException e) { throw e; } System.out.println(x);") },
  { name: "flow: " + "final int x; try { x = 1; } finally { System.out.println(); } System.out.println(x);", src: flow("final int x; try { x = 1; } finally { System.out.println(); } System.out.println(x);") },
  { name: "flow: " + "final int x; try { } finally { x = 1; } System.out.println(x);", src: flow("final int x; try { } finally { x = 1; } System.out.println(x);") },
  { name: "flow: " + "final int x; try { x = 2; } finally { x = 1; }", src: flow("final int x; try { x = 2; } finally { x = 1; }"), errors: ["RF3004"] },
  { name: "flow: " + "int x; switch (p) { case 1: x = 1; break; case 2: return; default: throw new RuntimeException(); } System.out.println(x);", src: flow("int x; switch (p) { case 1: x = 1; break; case 2: return; default: throw new RuntimeException(); } System.out.println(x);") },
  { name: "flow: " + "int x; switch (p) { case 1: x = 1; case 2: System.out.println(x); }", src: flow("int x; switch (p) { case 1: x = 1; case 2: System.out.println(x); }"), errors: ["RF3001"] },
  { name: "flow: " + "int x; switch (p) { case 1: x = 1; break; default: } System.out.println(x);", src: flow("int x; switch (p) { case 1: x = 1; break; default: } System.out.println(x);"), errors: ["RF3001"] },
  { name: "flow: String s; switch (\"a\") { case \"a\": s = \"1\"; break; default: s = \"2\"; }", src: flow("String s; switch (\"a\") { case \"a\": s = \"1\"; break; default: s = \"2\"; } System.out.println(s);") },
  // ---------------------------------------------------------------- class rules (RF4xxx)
  { name: '@Override without a supertype method', src: 'class Main { @Override public String toStrin() { return ""; } public static void main(String[] x) {} }', errors: ['RF4001'] },
  { name: 'repeated modifier', src: 'class Main { public public void f() {} public static void main(String[] x) {} }', errors: ['RF4002'] },
  { name: 'private top-level class', src: 'private class Main { public static void main(String[] x) {} }', errors: ['RF4003'] },
  { name: 'abstract field', src: 'abstract class Main { abstract int x; public static void main(String[] a) {} }', errors: ['RF4003'] },
  { name: 'abstract and final class', src: 'abstract final class A {} class Main { public static void main(String[] x) {} }', errors: ['RF4004'] },
  { name: 'public and private method', src: 'class Main { public private void f() {} public static void main(String[] x) {} }', errors: ['RF4004'] },
  { name: 'abstract static method', src: 'abstract class A { abstract static void f(); } class Main { public static void main(String[] x) {} }', errors: ['RF4004'] },
  { name: 'extends a final class', src: 'final class A {} class B extends A {} class Main { public static void main(String[] x) {} }', errors: ['RF4005'] },
  { name: 'extends String', src: 'class B extends String {} class Main { public static void main(String[] x) {} }', errors: ['RF4005'] },
  { name: 'implements a class', src: 'class A {} class B implements A {} class Main { public static void main(String[] x) {} }', errors: ['RF4006'] },
  { name: 'extends an interface', src: 'interface I {} class B extends I {} class Main { public static void main(String[] x) {} }', errors: ['RF4007'] },
  { name: 'cyclic inheritance', src: 'class A extends B {} class B extends A {} class Main { public static void main(String[] x) {} }', errors: ['RF4008'] },
  { name: 'abstract method not implemented', src: 'interface I { void f(); } class C implements I {} class Main { public static void main(String[] x) {} }', errors: ['RF4009'] },
  { name: 'abstract method in a concrete class', src: 'class Main { abstract void f(); public static void main(String[] x) {} }', errors: ['RF4009'] },
  { name: 'override a final method', src: 'class A { final void f() {} } class B extends A { void f() {} } class Main { public static void main(String[] x) {} }', errors: ['RF4010'] },
  { name: 'weaker access in override', src: 'class A { public void f() {} } class B extends A { void f() {} } class Main { public static void main(String[] x) {} }', errors: ['RF4010'] },
  { name: 'implement interface method without public', src: 'interface I { void f(); } class C implements I { void f() {} } class Main { public static void main(String[] x) {} }', errors: ['RF4010'] },
  { name: 'incompatible return type in override', src: 'class A { int f() { return 1; } } class B extends A { long f() { return 1; } } class Main { public static void main(String[] x) {} }', errors: ['RF4010'] },
  { name: 'static method hides instance method', src: 'class A { void f() {} } class B extends A { static void f() {} } class Main { public static void main(String[] x) {} }', errors: ['RF4010'] },
  { name: 'override throws a broader checked exception', src: 'class A { void f() {} } class B extends A { void f() throws Exception {} } class Main { public static void main(String[] x) {} }', errors: ['RF4010'] },
  { name: 'abstract method with a body', src: 'abstract class A { abstract void f() {} } class Main { public static void main(String[] x) {} }', errors: ['RF4011'] },
  { name: 'method without a body', src: 'class Main { void f(); public static void main(String[] x) {} }', errors: ['RF4012'] },
  { name: 'recursive this(...)', src: 'class Main { Main() { this(1); } Main(int a) { this(); } public static void main(String[] x) {} }', errors: ['RF4015'] },
  { name: 'super(...) not first', src: 'class Main { Main() { int a = 1; super(); } public static void main(String[] x) {} }', errors: ['RF4016'] },
  { name: 'no default super constructor', src: 'class A { A(int x) {} } class B extends A { } class Main { public static void main(String[] x) {} }', errors: ['RF2013'] },
  { name: 'interface field without initializer (rejected by the parser)', src: 'interface I { int X; } class Main { public static void main(String[] x) {} }', errors: ['RF1002'] },
  {
    name: 'single-type import clashing with a declared class',
    src: { 'p/A.java': 'package p; public class A {}', 'Main.java': 'import p.A; class A {} class Main { public static void main(String[] x) {} }' },
    errors: ['RF2004'],
  },
  { name: 'duplicate class', src: 'class A {} class A {} class Main { public static void main(String[] x) {} }', errors: ['RF4019'] },
  { name: 'public class in the wrong file', src: { 'Main.java': 'public class Other {} class Main { public static void main(String[] x) {} }' }, errors: ['RF4020'] },
  { name: 'constructor in an interface (rejected by the parser)', src: 'interface I { I() {} } class Main { public static void main(String[] x) {} }', errors: ['RF1002'] },
  { name: 'two interfaces with the same method and unrelated return types', src: 'interface I { int f(); } interface J { long f(); } abstract class C implements I, J { } class Main { public static void main(String[] a) {} }', errors: ['RF4023'] },
  { name: 'same method from two interfaces: the call gets the most specific return type', src: 'interface I { Object f(); } interface J { String f(); } abstract class C implements I, J { } class Main { public static void main(String[] a) { C c = null; String s = c.f(); } }' },
  {
    name: 'a package-private abstract method cannot be implemented from another package',
    src: { 'p/A.java': 'package p; public abstract class A { abstract void m(); public A() {} }', 'Main.java': 'class Main extends p.A { void m() {} public static void main(String[] a) {} }' },
    errors: ['RF4009'],
  },
  { name: 'repeated interface', src: 'interface I {} class C implements I, I {} class Main { public static void main(String[] x) {} }', errors: ['RF4022'] },
];
