// Abstract classes: an abstract method narrowed by another abstract method gets a bridge that
// calls the abstract method (invokevirtual selects the eventual implementation); an abstract
// class implementing an interface narrows its method without implementing it.
abstract class Shape {
    abstract Object area();
    abstract Shape scaled(int k);
    public String toString() { return "Shape(" + area() + ")"; }
}
abstract class Polygon extends Shape {
    abstract Integer area();
    abstract Polygon scaled(int k);
    int sides() { return 0; }
}
class Square extends Polygon {
    int side;
    Square(int side) { this.side = side; }
    Integer area() { return Integer.valueOf(side * side); }
    Square scaled(int k) { return new Square(side * k); }
    int sides() { return 4; }
}
interface Factory { Object make(); }
abstract class ShapeFactory implements Factory {
    public abstract Shape make();
}
class SquareFactory extends ShapeFactory {
    public Square make() { return new Square(3); }
}
class Main {
    public static void main(String[] args) {
        Shape s = new Square(2);
        System.out.println(s.area() + " " + s.scaled(3).area() + " " + s);
        Polygon p = new Square(5);
        System.out.println(p.area().intValue() + p.scaled(2).sides());
        Factory f = new SquareFactory();
        System.out.println(f.make());
        ShapeFactory sf = new SquareFactory();
        System.out.println(sf.make().scaled(2));
    }
}
// expect: 4 36 Shape(4)
// expect: 29
// expect: Shape(9)
// expect: Shape(36)
