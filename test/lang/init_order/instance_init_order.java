// Instance creation order: superclass constructor, then field initializers and instance
// initializer blocks in textual order, then the rest of the constructor body (JLS 12.5).
class Base {
    int baseField = trace("Base field");
    { trace("Base block"); }
    Base() { trace("Base ctor"); }
    static int trace(String s) { System.out.println(s); return 1; }
}
class Derived extends Base {
    int f1 = trace("Derived field 1");
    { trace("Derived block"); }
    int f2 = trace("Derived field 2");
    Derived() {
        super();
        trace("Derived ctor body");
    }
    Derived(int x) {
        this();
        trace("Derived(int) body " + x);
    }
}
class Main {
    public static void main(String[] args) {
        new Derived();
        System.out.println("--");
        new Derived(5);
    }
}
// expect: Base field
// expect: Base block
// expect: Base ctor
// expect: Derived field 1
// expect: Derived block
// expect: Derived field 2
// expect: Derived ctor body
// expect: --
// expect: Base field
// expect: Base block
// expect: Base ctor
// expect: Derived field 1
// expect: Derived block
// expect: Derived field 2
// expect: Derived ctor body
// expect: Derived(int) body 5
