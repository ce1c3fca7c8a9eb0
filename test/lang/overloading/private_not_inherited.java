// Private methods are not inherited (JLS 8.4.8), so they are not candidates for a call in a
// subclass: f(1) in B picks the accessible f(long), while inside A it picks the private f(int).
class A {
    private String f(int x) { return "A.f(int)"; }
    String f(long x) { return "A.f(long)"; }
    String fromA() { return f(1); }
}
class B extends A {
    String fromB() { return f(1); }
}
class C extends B {
    String f(int x) { return "C.f(int)"; }
}
class Main {
    public static void main(String[] args) {
        B b = new B();
        System.out.println(b.fromA() + " " + b.fromB() + " " + b.f(1));
        C c = new C();
        System.out.println(c.fromA() + " " + c.fromB() + " " + c.f(1) + " " + c.f(1L));
    }
}
// expect: A.f(int) A.f(long) A.f(long)
// expect: A.f(int) A.f(long) C.f(int) A.f(long)
