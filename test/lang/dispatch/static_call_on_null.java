// A static method or field reached through an expression uses only the expression's static type:
// the expression is evaluated, but a null value does not cause a NullPointerException.
class Util {
    static int calls;
    static String ping() { calls++; return "pong"; }
}
class Main {
    static Util nothing() { System.out.println("evaluated"); return null; }
    public static void main(String[] args) {
        Util u = null;
        System.out.println(u.ping());
        System.out.println(nothing().ping());
        System.out.println(nothing().calls);
    }
}
// expect: pong
// expect: evaluated
// expect: pong
// expect: evaluated
// expect: 2
