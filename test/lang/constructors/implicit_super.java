// A constructor without an explicit this/super call implicitly calls super(); a class without
// constructors gets a default one.
class A { A() { System.out.println("A()"); } }
class B extends A { B() { System.out.println("B()"); } }
class C extends B { }
class D extends C { int v = 4; }
class Main {
    public static void main(String[] args) {
        new C();
        System.out.println("--");
        System.out.println(new D().v);
    }
}
// expect: A()
// expect: B()
// expect: --
// expect: A()
// expect: B()
// expect: 4
