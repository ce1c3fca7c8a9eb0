// Modifiers in any order, explicit abstract/public on interface members, and several initializer
// blocks of each kind run in order.
abstract interface Shape {
    public abstract double area();
    public static final int SIDES_UNKNOWN = -1;
}
final class Square implements Shape {
    private final double side;
    int cache;
    boolean dirty;
    Square(double side) { this.side = side; }
    final public double area() { return side * side; }
}
class Main {
    static final public String NAME = "modifiers";
    static int counter;
    static { counter += 1; }
    int instance;
    { instance += 10; }
    static { counter *= 5; }
    { instance *= 3; }
    public static void main(String[] args) {
        Shape s = new Square(1.5);
        System.out.println(s.area() + " " + Shape.SIDES_UNKNOWN + " " + NAME + " " + counter + " " + new Main().instance);
        Square q = (Square) s;
        q.cache = 4;
        q.dirty = true;
        System.out.println(q.cache + " " + q.dirty);
    }
}
// expect: 2.25 -1 modifiers 5 30
// expect: 4 true
