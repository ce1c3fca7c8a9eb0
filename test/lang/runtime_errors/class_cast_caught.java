// ClassCastException from a failing downcast is a RuntimeException and can be caught generically.
class Shape {}
class Circle extends Shape {}
class Square extends Shape {}
class Main {
    static String tryCast(Shape s) {
        try {
            Circle c = (Circle) s;
            return "circle ok";
        } catch (ClassCastException e) {
            return "not a circle";
        }
    }
    public static void main(String[] args) {
        System.out.println(tryCast(new Circle()));
        System.out.println(tryCast(new Square()));
        System.out.println(tryCast(null));
        Object o = new int[1];
        try {
            long[] l = (long[]) o;
            System.out.println(l.length);
        } catch (RuntimeException e) {
            System.out.println("array cast failed: " + (e instanceof ClassCastException));
        }
    }
}
// expect: circle ok
// expect: not a circle
// expect: circle ok
// expect: array cast failed: true
