package shapes;

public class Circle implements Shape {
    private final double r;
    public Circle(double r) { this.r = r; }
    public double area() { return 3.0 * r * r; }
    public String name() { return "circle"; }
}
