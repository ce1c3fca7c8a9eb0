// Instance state, methods calling methods on this, and objects holding references to others.
class Point {
    int x, y;
    Point(int x, int y) { this.x = x; this.y = y; }
    Point add(Point o) { return new Point(x + o.x, y + o.y); }
    int dot(Point o) { return x * o.x + y * o.y; }
    Point scale(int k) { return new Point(this.x * k, this.y * k); }
    public String toString() { return "(" + x + ", " + y + ")"; }
}
class Main {
    public static void main(String[] args) {
        Point a = new Point(1, 2);
        Point b = new Point(3, -4);
        System.out.println(a.add(b));
        System.out.println(a.dot(b));
        System.out.println(a.add(b).scale(3));
        System.out.println("point " + a);
        Point c = a;
        c.x = 99;
        System.out.println(a);
    }
}
// expect: (4, -2)
// expect: -5
// expect: (12, -6)
// expect: point (1, 2)
// expect: (99, 2)
