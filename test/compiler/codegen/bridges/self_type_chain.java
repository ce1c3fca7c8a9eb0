// An override may narrow the return type at every level (JLS 8.4.8.3). Each class gets one
// bridge per distinct overridden descriptor: C has bridges for self()LA; and self()LB;.
class A {
    A self() { return this; }
    A copy(int n) { return new A(); }
    String name() { return "A"; }
}
class B extends A {
    B self() { return this; }
    B copy(int n) { return n > 0 ? new C() : new B(); }
    String name() { return "B"; }
    String onlyB() { return "onlyB"; }
}
class C extends B {
    C self() { return this; }
    C copy(int n) { return new C(); }
    String name() { return "C"; }
    String onlyC() { return "onlyC"; }
}
class D extends C {
    // no override here: D inherits C's methods and C's bridges
    String name() { return "D"; }
}
class Main {
    public static void main(String[] args) {
        A[] all = { new A(), new B(), new C(), new D() };
        for (A a : all) {
            System.out.println(a.name() + " " + a.self().name() + " " + a.copy(1).name() + " " + a.copy(0).name());
        }
        B b = new C();
        System.out.println(b.self().onlyB() + " " + b.copy(0).name());
        C c = new D();
        System.out.println(c.self().onlyC() + " " + c.self().name() + " " + c.copy(5).onlyC());
        A viaA = c;
        System.out.println(viaA.self() == c);
        B viaB = c;
        System.out.println(viaB.self() == c);
    }
}
// expect: A A A A
// expect: B B C B
// expect: C C C C
// expect: D D C C
// expect: onlyB C
// expect: onlyC D onlyC
// expect: true
// expect: true
