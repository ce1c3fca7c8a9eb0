// String concatenation whose operands' toString() has side effects. JDK 17 (17.0.15, with
// JDK-8273914) converts each non-String reference operand with String.valueOf as soon as it
// is evaluated, left to right, so a counter bumped by toString() and read by a later operand
// shows the bump — the same order as one StringBuilder append per operand. null operands,
// char[] operands (printed as an Object), nested and compound concatenations included.
class C {
    static int n = 0;
    String tag;
    C(String t) { tag = t; }
    public String toString() { n++; System.out.println("toString " + tag); return tag + n; }
}
class Nul {
    public String toString() { return null; }
}
class Bad {
    public String toString() { throw new IllegalStateException("bad toString"); }
}
class Main {
    static String trace = "";
    static C mk(String t) { System.out.println("mk " + t); return new C(t); }
    static int cnt() { System.out.println("cnt " + C.n); return C.n; }
    static String str(String s) { trace += s; return s; }
    public static void main(String[] args) {
        C a = new C("a");
        C b = new C("b");
        System.out.println(a + "-" + b + "-" + C.n);
        System.out.println(mk("x") + ":" + cnt() + ":" + mk("y") + ":" + cnt());
        Object nul = null;
        String z = null;
        char[] cs = {'h', 'i'};
        System.out.println("n=" + nul + z + null + cs.length);
        System.out.println(("" + cs).startsWith("[C@"));
        System.out.println(("" + cs).equals(cs.toString()));
        String acc = "acc";
        acc += a;
        System.out.println(acc);
        acc += a + "|" + cnt();
        System.out.println(acc);
        String[] arr = {"p"};
        arr[0] += b;
        System.out.println(arr[0]);
        System.out.println(1 + 2 + "x" + a + 1 + 2);
        System.out.println('a' + 'b' + "c" + a + 'd');
        long L = 5; double D = 1.5; float F = 2.5f; boolean B = true; byte by = 3; short sh = 4;
        System.out.println(L + "," + D + "," + F + "," + B + "," + by + "," + sh + a);
        System.out.println(a + (b + "!") + cnt());
        System.out.println(cnt() + (a + "?" + cnt()) + b + cnt());
        System.out.println("nul:" + new Nul() + new Nul());
        Object[] objs = {a, null, "s"};
        System.out.println(objs[0] + "/" + objs[1] + "/" + objs[2] + "/" + cnt());
        // A throwing toString stops the concatenation; later operands are not evaluated.
        try {
            System.out.println(str("1") + new Bad() + str("2"));
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + " after " + trace);
        }
        String s = "s";
        s += mk("z") + s + cnt();
        System.out.println(s);
    }
}
// expect: toString a
// expect: toString b
// expect: a1-b2-2
// expect: mk x
// expect: toString x
// expect: cnt 3
// expect: mk y
// expect: toString y
// expect: cnt 4
// expect: x3:3:y4:4
// expect: n=nullnullnull2
// expect: true
// expect: true
// expect: toString a
// expect: acca5
// expect: toString a
// expect: cnt 6
// expect: acca5a6|6
// expect: toString b
// expect: pb7
// expect: toString a
// expect: 3xa812
// expect: toString a
// expect: 195ca9d
// expect: toString a
// expect: 5,1.5,2.5,true,3,4a10
// expect: toString a
// expect: toString b
// expect: cnt 12
// expect: a11b12!12
// expect: cnt 12
// expect: toString a
// expect: cnt 13
// expect: toString b
// expect: cnt 14
// expect: 12a13?13b1414
// expect: nul:nullnull
// expect: toString a
// expect: cnt 15
// expect: a15/null/s/15
// expect: caught bad toString after 1
// expect: mk z
// expect: toString z
// expect: cnt 16
// expect: sz16s16
