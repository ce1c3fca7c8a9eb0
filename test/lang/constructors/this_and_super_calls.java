// Constructor chaining with this(...) and super(...) including arguments computed from parameters.
class Rect {
    final int w, h;
    Rect() { this(1); System.out.println("Rect()"); }
    Rect(int side) { this(side, side); System.out.println("Rect(int)"); }
    Rect(int w, int h) { this.w = w; this.h = h; System.out.println("Rect(int,int) " + w + "x" + h); }
}
class Square extends Rect {
    Square(int s) { super(s * 2); System.out.println("Square(int)"); }
    Square() { super(); System.out.println("Square()"); }
}
class Main {
    public static void main(String[] args) {
        Rect r = new Square(3);
        System.out.println(r.w * r.h);
        System.out.println("--");
        Rect q = new Square();
        System.out.println(q.w + q.h);
    }
}
// expect: Rect(int,int) 6x6
// expect: Rect(int)
// expect: Square(int)
// expect: 36
// expect: --
// expect: Rect(int,int) 1x1
// expect: Rect(int)
// expect: Rect()
// expect: Square()
// expect: 2
