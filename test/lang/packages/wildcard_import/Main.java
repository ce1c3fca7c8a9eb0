// An on-demand import (shapes.*) brings every public type of the package into scope.
import shapes.*;

class Main {
    public static void main(String[] args) {
        Shape[] all = { new Rect(2, 3), new Circle(2), new Rect(0.5, 0.5) };
        double total = 0;
        for (Shape s : all) {
            System.out.println(s.name() + " " + s.area());
            total += s.area();
        }
        System.out.println("total " + total);
    }
}
// expect: rect 6.0
// expect: circle 12.0
// expect: rect 0.25
// expect: total 18.25
