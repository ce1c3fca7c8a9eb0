// A three-level hierarchy: each level overrides some methods and calls super for others.
class A {
    String who() { return "A"; }
    String chain() { return "A"; }
    String tell() { return "I am " + who(); }
}
class B extends A {
    String who() { return "B"; }
    String chain() { return super.chain() + ">B"; }
}
class C extends B {
    String chain() { return super.chain() + ">C"; }
    String who() { return "C(" + super.who() + ")"; }
}
class Main {
    public static void main(String[] args) {
        A[] xs = { new A(), new B(), new C() };
        for (A x : xs) System.out.println(x.chain() + " / " + x.tell());
    }
}
// expect: A / I am A
// expect: A>B / I am B
// expect: A>B>C / I am C(B)
