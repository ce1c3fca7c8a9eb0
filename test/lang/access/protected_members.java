// Protected members are visible to subclasses and within the package.
class Base {
    protected int level = 1;
    protected String name() { return "base"; }
}
class Derived extends Base {
    Derived() { level = 5; }
    protected String name() { return "derived(" + super.name() + ")"; }
}
class Main {
    public static void main(String[] args) {
        Derived d = new Derived();
        System.out.println(d.name() + " " + d.level);
    }
}
// expect: derived(base) 5
