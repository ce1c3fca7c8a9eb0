package p;

// f() overrides Root.f (JLS 8.4.8.1: same package, and Tip declares it), but Root.f is not a
// member of Tip, so javac emits no bridge and a call through Root still runs Root.f.
public class Tip extends q.Mid {
    String f() { return "tip"; }
    public static String direct(Tip t) { return t.f(); }
}
