// A concrete class must implement every abstract method it inherits.
// expect-error: RF4009 @4
interface Shape { double area(); }
class Square implements Shape {
    double side;
}
class Main {
    public static void main(String[] args) {
        System.out.println(new Square().side);
    }
}
