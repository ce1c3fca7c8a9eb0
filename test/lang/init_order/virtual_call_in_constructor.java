// A virtual call from a superclass constructor reaches the subclass override before the
// subclass's field initializers have run, so it sees default values (JLS 12.5 example).
class Base {
    Base() { System.out.println("Base sees " + describe()); }
    String describe() { return "base"; }
}
class Derived extends Base {
    String label = "set";
    int n = 5;
    Derived() { System.out.println("Derived sees " + describe()); }
    String describe() { return label + "/" + n; }
}
class Main {
    public static void main(String[] args) {
        new Derived();
    }
}
// expect: Base sees null/0
// expect: Derived sees set/5
