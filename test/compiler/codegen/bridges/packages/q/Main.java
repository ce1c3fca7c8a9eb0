package q;

import p.Api;
import p.Root;
import p.Shape;
import p.Tip;

class Circle extends Shape {
    String describe() { return "a circle"; }
}

public class Main {
    public static void main(String[] args) {
        Api a = new Api();
        System.out.println(a.hello() + " " + a.fixed() + " " + a.made());
        Object m = a.made();
        System.out.println(m);
        Circle c = new Circle();
        System.out.println(Shape.describeOf(c) + " / " + c.describe());
        Tip t = new Tip();
        System.out.println(Root.callF(t) + " / " + Tip.direct(t));
    }
}
// main: q.Main
// expect: hello from Base fixed made by Api
// expect: made by Api
// expect: a shape / a circle
// expect: root / tip
