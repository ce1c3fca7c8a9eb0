// Abstract classes with abstract methods, called through a template method in the base class.
abstract class Shape {
    abstract double area();
    abstract String name();
    String report() { return name() + " has area " + area(); }
}
class Square extends Shape {
    double side;
    Square(double side) { this.side = side; }
    double area() { return side * side; }
    String name() { return "square"; }
}
class Tri extends Shape {
    double b, h;
    Tri(double b, double h) { this.b = b; this.h = h; }
    double area() { return b * h / 2; }
    String name() { return "triangle"; }
}
abstract class Middle extends Shape {
    String name() { return "middle"; }
}
class Leaf extends Middle {
    double area() { return 1.25; }
}
class Main {
    public static void main(String[] args) {
        Shape[] shapes = { new Square(3), new Tri(3, 5), new Leaf() };
        for (Shape s : shapes) System.out.println(s.report());
    }
}
// expect: square has area 9.0
// expect: triangle has area 7.5
// expect: middle has area 1.25
