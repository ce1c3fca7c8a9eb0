package p;

public class Root {
    Object f() { return "root"; }
    public static Object callF(Root r) { return r.f(); }
}
