// An abstract class cannot be instantiated.
// expect-error: RF2018 @6
abstract class Shape { abstract double area(); }
class Main {
    public static void main(String[] args) {
        Shape s = new Shape();
        System.out.println(s.area());
    }
}
