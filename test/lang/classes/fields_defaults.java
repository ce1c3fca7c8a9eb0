// Fields get default values (0, false, '\u0000', null) before any initializer runs.
class Box {
    int i; long l; double d; float f; boolean b; char c; short s; byte y;
    String str; int[] arr; Box next;
}
class Main {
    public static void main(String[] args) {
        Box x = new Box();
        System.out.println(x.i + " " + x.l + " " + x.d + " " + x.f + " " + x.b);
        System.out.println((int) x.c + " " + x.s + " " + x.y);
        System.out.println(x.str + " " + x.arr + " " + x.next);
        System.out.println(x.c == 0);
    }
}
// expect: 0 0 0.0 0.0 false
// expect: 0 0 0
// expect: null null null
// expect: true
