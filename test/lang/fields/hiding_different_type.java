// A hiding field can have a different type; both exist side by side in the object.
class A { int v = 1; }
class B extends A {
    double v = 2.5;
    void set() { v = 9.75; super.v = 7; }
    String show() { return v + " " + super.v; }
}
class Main {
    public static void main(String[] args) {
        B b = new B();
        b.set();
        System.out.println(b.show());
        A a = b;
        System.out.println(a.v);
        System.out.println(b.v);
    }
}
// expect: 9.75 7
// expect: 7
// expect: 9.75
