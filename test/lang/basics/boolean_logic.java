// Boolean operators: && and || short-circuit, & | ^ on booleans evaluate both sides, ! negation.
class Main {
    static int calls = 0;
    static boolean t(String tag) { calls++; System.out.println("t" + tag); return true; }
    static boolean f(String tag) { calls++; System.out.println("f" + tag); return false; }
    public static void main(String[] args) {
        System.out.println(f("1") && t("2"));
        System.out.println(t("3") || f("4"));
        System.out.println(f("5") & t("6"));
        System.out.println(t("7") | f("8"));
        System.out.println(t("9") ^ t("10"));
        System.out.println(!f("11"));
        System.out.println(calls);
        boolean b = true;
        b &= false;
        System.out.println(b);
        b |= true;
        System.out.println(b);
        b ^= true;
        System.out.println(b);
        System.out.println(true == false);
        System.out.println(true != false);
    }
}
// expect: f1
// expect: false
// expect: t3
// expect: true
// expect: f5
// expect: t6
// expect: false
// expect: t7
// expect: f8
// expect: true
// expect: t9
// expect: t10
// expect: false
// expect: f11
// expect: true
// expect: 9
// expect: false
// expect: true
// expect: false
// expect: false
// expect: true
