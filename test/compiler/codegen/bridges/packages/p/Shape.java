package p;

public class Shape {
    // Package access: a method of the same signature in another package does not override it
    // (JLS 8.4.8.1), so no bridge may route calls to it.
    Object describe() { return "a shape"; }
    public static String describeOf(Shape s) { return String.valueOf(s.describe()); }
}
