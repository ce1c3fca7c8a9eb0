// Overload resolution picks the most specific applicable method using widening primitive
// conversions (JLS 15.12.2.5): byte->short->int->long->float->double, char->int.
class Main {
    static String f(int x) { return "int"; }
    static String f(long x) { return "long"; }
    static String f(double x) { return "double"; }
    static String g(long x) { return "long"; }
    static String g(float x) { return "float"; }
    static String h(double x) { return "double"; }
    static String h(Object x) { return "Object"; }
    public static void main(String[] args) {
        byte b = 1; short s = 2; char c = 'c'; long l = 3; float fl = 4f;
        System.out.println(f(b) + " " + f(s) + " " + f(c) + " " + f(5) + " " + f(l) + " " + f(fl) + " " + f(1.0));
        System.out.println(g(b) + " " + g(5) + " " + g(l) + " " + g(fl) + " " + g(c));
        System.out.println(h(5) + " " + h('x') + " " + h("str"));
    }
}
// expect: int int int int long double double
// expect: long long long float long
// expect: double double Object
