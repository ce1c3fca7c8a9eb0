// Every class extends Object; toString overrides are used by string concatenation and println.
class Named {
    private final String n;
    Named(String n) { this.n = n; }
    public String toString() { return "Named(" + n + ")"; }
}
class Main {
    static String show(Object o) { return "<" + o + ">"; }
    public static void main(String[] args) {
        Object[] things = { new Named("a"), "plain", new Named("b"), new StringBuilder("sb") };
        for (Object t : things) System.out.println(show(t));
        System.out.println(new Named("direct"));
        Object n = null;
        System.out.println(show(n));
    }
}
// expect: <Named(a)>
// expect: <plain>
// expect: <Named(b)>
// expect: <sb>
// expect: Named(direct)
// expect: <null>
