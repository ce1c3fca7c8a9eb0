// try/catch/finally: exceptions from finally replacing a return, continue/break in finally,
// long/double return values saved across finally, nested finally with labeled jumps.
class E1 extends RuntimeException { E1(String m) { super(m); } }
class E2 extends RuntimeException { E2(String m) { super(m); } }
class Main {
    static StringBuilder log = new StringBuilder();
    static int f(String s) { log.append(s); return 1; }
    static int thr(String s) { log.append(s); throw new E1(s); }
    static int a() {
        try { return f("t"); } catch (E1 e) { log.append("c"); return 2; } finally { log.append("F"); if (log.length() > 0) throw new E1("fin"); }
    }
    static int b() {
        int i = 0;
        while (true) {
            try {
                try { i++; if (i < 3) continue; thr("x"); } finally { log.append("f" + i); }
            } catch (E1 e) { log.append("C"); if (i >= 3) break; }
        }
        return i;
    }
    static long c() {
        long v = 10;
        try { return v; } finally { v = 20; log.append("v" + v); }
    }
    static double d() {
        try { throw new E2("d"); } catch (E2 e) { return 1.5; } finally { log.append("D"); }
    }
    static int e() {
        int r = 0;
        out:
        for (int i = 0; i < 5; i++) {
            try {
                try {
                    if (i == 1) continue out;
                    if (i == 3) break out;
                    r += 10;
                } finally {
                    r += 1;
                    if (i == 2) continue;
                }
                r += 100;
            } finally {
                r += 1000;
            }
        }
        return r;
    }
    static String g() {
        String s = "a";
        try {
            try { s += "b"; throw new E1("g"); }
            catch (E1 e) { s += "c"; throw new E2("h"); }
            finally { s += "d"; }
        } catch (E2 e) { s += "e" + e.getMessage(); }
        return s;
    }
    static int h() {
        int x = 0;
        try {
            x = 1;
            return x;
        } finally {
            try { x = 2; thr("h"); } catch (E1 e) { x = 3; } finally { x += 10; log.append("x" + x); }
        }
    }
    static int k() {
        for (int i = 0; ; i++) {
            try {
                if (i == 2) return i * 100;
            } finally {
                if (i < 5) { log.append("k" + i); if (i == 2) break; }
            }
        }
        return -1;
    }
    static void m() {
        try {
            try { throw new E1("inner"); }
            finally { try { throw new E2("finE2"); } catch (E2 e) { log.append("swallow"); } }
        } catch (E1 e) { log.append("outer:" + e.getMessage()); }
    }
    static int n() {
        try { throw new E1("n"); }
        catch (E1 e) {
            try { return 5; } finally { log.append("nf"); }
        } finally { log.append("NF"); }
    }
    public static void main(String[] args) {
        try { a(); } catch (E1 e) { System.out.println("a threw " + e.getMessage() + " " + log); }
        log.setLength(0);
        System.out.println(b() + " " + log); log.setLength(0);
        System.out.println(c() + " " + log); log.setLength(0);
        System.out.println(d() + " " + log); log.setLength(0);
        System.out.println(e());
        System.out.println(g());
        System.out.println(h() + " " + log); log.setLength(0);
        System.out.println(k() + " " + log); log.setLength(0);
        m(); System.out.println(log); log.setLength(0);
        System.out.println(n() + " " + log); log.setLength(0);
    }
}
// expect: a threw fin tF
// expect: 3 f1f2xf3C
// expect: 10 v20
// expect: 1.5 D
// expect: 4124
// expect: abcdeh
// expect: 1 hx13
// expect: -1 k0k1k2
// expect: swallowouter:inner
// expect: 5 nfNF
