// Class initialization through subclasses and interfaces, private vs virtual calls, super
// members, receivers evaluated once in compound assignment, jumping code with side effects,
// and compound assignment with implicit narrowing.
class Base {
    static { System.out.println("Base init"); }
    static int bs = 1;
    static int bm() { return 2; }
    int f = 10;
    private String who() { return "Base.who"; }
    String callWho() { return who(); }
    String pub() { return "Base.pub"; }
}
class Sub extends Base {
    static { System.out.println("Sub init"); }
    static int ss = 3;
    int f = 20;
    String who() { return "Sub.who"; }
    String pub() { return "Sub.pub"; }
    String viaSuper() { return super.pub() + "/" + super.f + "/" + ((Base) this).f + "/" + f; }
}
interface I {
    int X = Main.noisy("I.X");
    int Y = 5;
    String hello();
}
class Impl implements I {
    static { System.out.println("Impl init"); }
    public String hello() { return "hi"; }
}
class Impl2 extends Impl { }
class Holder { int f; Holder next; int[] a = new int[3]; }
class Main {
    static StringBuilder log = new StringBuilder();
    static int noisy(String s) { System.out.println("noisy " + s); return 42; }
    static Holder h = new Holder();
    static Holder get(String s) { log.append(s); return h; }
    static boolean b(String s, boolean v) { log.append(s); return v; }
    static int seq = 0;
    static int next() { return seq < 3 ? seq++ : -1; }
    public static void main(String[] args) {
        System.out.println(Sub.bs);
        System.out.println(Sub.bm());
        System.out.println("--");
        System.out.println(Sub.ss);
        System.out.println(Impl2.Y);
        System.out.println("--");
        Impl2 i2 = new Impl2();
        System.out.println(i2.hello());
        System.out.println(Impl2.X);
        I ii = i2; System.out.println(ii.hello());
        Sub s = new Sub();
        System.out.println(s.callWho() + " " + s.viaSuper());
        get("g").f += 5; System.out.println(h.f + " " + log); log.setLength(0);
        get("g").a[get("i").f - 5] += get("v").f; System.out.println(h.a[0] + " " + log); log.setLength(0);
        int[] a = {1, 2, 3}; int[] bb = {7, 8};
        a[(a = bb).length - 1] += 100; System.out.println(a[0] + " " + a[1] + " " + bb[1]);
        int[] c = {1, 2};
        c[0] = (c = null) == null ? 5 : 6; System.out.println(c == null);
        Holder o = new Holder(); Holder keep = o;
        o.f = (o = null) == null ? 9 : 8; System.out.println(keep.f + " " + (o == null));
        Holder p = new Holder(); Holder other = new Holder(); p.next = other;
        p.next.f = (p.next = null) == null ? 11 : 12; System.out.println(other.f);
        boolean r = b("a", true) && b("b", false) || b("c", true); System.out.println(r + " " + log); log.setLength(0);
        if (b("x", false) ? b("y", true) : b("z", false)) System.out.println("yes"); else System.out.println("no " + log); log.setLength(0);
        if (!(b("p", true) && !b("q", true)) ^ b("r", false)) System.out.println("T " + log); else System.out.println("F " + log); log.setLength(0);
        boolean bz = b("1", false) | b("2", true) & b("3", false); System.out.println(bz + " " + log); log.setLength(0);
        int x; int total = 0; while ((x = next()) != -1) total += x; System.out.println(total);
        String sn = args.length > 5 ? "x" : null; System.out.println(sn);
        Object on = null; String cast = (String) on; System.out.println(cast + " " + (on instanceof Object));
        int k = 0; k = k++ + k++; System.out.println(k);
        int m = 3; m += m++ * --m; System.out.println(m);
        long L = 1; L += L++ + ++L; System.out.println(L);
        boolean flag = false; flag |= b("f", true); flag &= !flag ^ true; System.out.println(flag + " " + log); log.setLength(0);
        char ch = 'x'; ch++; ch += 'a' - 'b'; System.out.println(ch);
        System.out.println((char) ('a' + 1) + "" + ('a' + 1) + (char) 98 + 'c');
        final int K = 2; byte by = K; byte by2 = 'a'; char cK = K; System.out.println(by + by2 + " " + (int) cK);
        System.out.println(1 + 2 + "" + 1 + 2 + ('a' + 'b') + (char) ('a' + 2));
        String n = null; n += 1; n += 'c'; n += 1.5f; n += true; n += (Object) null; System.out.println(n);
    }
}
// expect: Base init
// expect: 1
// expect: 2
// expect: --
// expect: Sub init
// expect: 3
// expect: 5
// expect: --
// expect: Impl init
// expect: hi
// expect: noisy I.X
// expect: 42
// expect: hi
// expect: Base.who Base.pub/10/10/20
// expect: 5 g
// expect: 5 giv
// expect: 7 8 8
// expect: true
// expect: 9 true
// expect: 11
// expect: true abc
// expect: no xz
// expect: T pqr
// expect: false 123
// expect: 3
// expect: null
// expect: null false
// expect: 1
// expect: 12
// expect: 5
// expect: true f
// expect: x
// expect: b98bc
// expect: 99 2
// expect: 312195c
// expect: null1c1.5truenull
