// Arguments to super(...) are evaluated before the superclass constructor body runs.
class Base {
    Base(int x) { System.out.println("Base(" + x + ")"); }
}
class Derived extends Base {
    static int compute(String why) { System.out.println("compute " + why); return why.length(); }
    Derived() { super(compute("for super")); System.out.println("Derived()"); }
}
class Main {
    public static void main(String[] args) {
        new Derived();
    }
}
// expect: compute for super
// expect: Base(9)
// expect: Derived()
