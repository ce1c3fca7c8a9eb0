// Static methods are hidden, not overridden: the call is bound by the static type.
class P {
    static String id() { return "P"; }
    String call() { return id(); }
}
class C extends P {
    static String id() { return "C"; }
}
class Main {
    public static void main(String[] args) {
        P p = new C();
        System.out.println(P.id());
        System.out.println(C.id());
        System.out.println(p.call());
        System.out.println(new C().call());
    }
}
// expect: P
// expect: C
// expect: P
// expect: P
