// Instance method calls dispatch on the run-time class of the receiver.
class Shape { String name() { return "shape"; } String hello() { return "I am a " + name(); } }
class Circle extends Shape { String name() { return "circle"; } }
class Dot extends Circle { String name() { return "dot"; } }
class Main {
    public static void main(String[] args) {
        Shape[] s = { new Shape(), new Circle(), new Dot() };
        for (Shape x : s) System.out.println(x.hello());
    }
}
// expect: I am a shape
// expect: I am a circle
// expect: I am a dot
