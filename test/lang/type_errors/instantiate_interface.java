// An interface cannot be instantiated.
// expect-error: RF2018 @6
interface Shape { double area(); }
class Main {
    public static void main(String[] args) {
        Shape s = new Shape();
        System.out.println(s);
    }
}
