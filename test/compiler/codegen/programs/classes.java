// Code generator end-to-end program: class and interface features, initialization order,
// constant inlining, constructors, exceptions with multi-catch and nested finally, arrays.
interface Shape { double area(); String name(); }
abstract class Base implements Shape {
    static { System.out.println("Base clinit"); }
    protected int id;
    { id = 7; System.out.println("Base init block id=" + id); }
    Base() { System.out.println("Base() " + describe()); }
    String describe() { return "base"; }
    public String name() { return "Base#" + id; }
}
class Circle extends Base {
    static final int SIDES = 0;
    static final String TAG = "circle";
    static int created = init("Circle.created");
    double r;
    int extra = 5;
    {
        int localInInit = extra * 2;
        long another = localInInit + 1L;
        System.out.println("Circle init block " + localInInit + " " + another);
    }
    static { System.out.println("Circle clinit"); }
    static int init(String what) { System.out.println("init " + what); return 1; }
    Circle(double r, String label, long z) {
        super();
        this.r = r;
        int tmp = (int) z;
        System.out.println("Circle(r) " + label + " " + tmp + " extra=" + extra);
    }
    Circle() {
        this(1.0, "unit", 42L);
        System.out.println("Circle()");
    }
    String describe() { return "circle r=" + r + " extra=" + extra; }
    public double area() { return 3 * r * r; }
    public String name() { return "Circle:" + super.name(); }
}
class Holder {
    static { System.out.println("Holder clinit (should not print for constants)"); }
    static final int CONST = 99;
    static final String S = "hold" + CONST;
    static int nonConst = 5;
}
class Main {
    static void thrower(int depth) {
        if (depth == 0) throw new IllegalStateException("deep");
        thrower(depth - 1);
    }
    @SuppressWarnings("finally")
    static int override() {
        try { throw new RuntimeException("lost"); } finally { return 7; }
    }
    static String multi(int k) {
        try {
            if (k == 0) throw new IllegalArgumentException("iae");
            if (k == 1) throw new ArithmeticException("ae");
            if (k == 2) { int[] a = new int[1]; a[k] = 1; }
            if (k == 3) { Object o = "s"; Integer i = (Integer) o; }
            return "none";
        } catch (IllegalArgumentException | ArithmeticException e) {
            return "multi " + e.getMessage();
        } catch (ArrayIndexOutOfBoundsException e) {
            return "aioobe " + e.getMessage();
        } catch (RuntimeException e) {
            return "rt " + (e instanceof ClassCastException);
        }
    }
    static String nested() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            try {
                try {
                    if (i == 1) break;
                    sb.append("t").append(i);
                } finally {
                    sb.append("F1");
                }
            } finally {
                sb.append("F2");
            }
        }
        try {
            try { throw new RuntimeException("x"); }
            finally { sb.append("[inner]"); }
        } catch (RuntimeException e) { sb.append("caught ").append(e.getMessage()); }
        return sb.toString();
    }
    public static void main(String[] args) {
        System.out.println(Holder.CONST + Holder.S);
        System.out.println("--");
        Shape s = new Circle();
        System.out.println(s.name() + " " + s.area());
        System.out.println(Circle.SIDES + Circle.TAG);
        System.out.println(override());
        for (int k = 0; k < 5; k++) System.out.println(multi(k));
        System.out.println(nested());
        System.out.println(Holder.nonConst);
        int[][] grid = new int[3][4];
        grid[1][2] = 5;
        int[][] jag = {{1}, {2, 3}, {}};
        long[][][] cube = new long[2][3][];
        String[] strs = new String[2];
        System.out.println(grid.length + " " + grid[1].length + " " + grid[1][2] + " " + jag[1][1] + jag[2].length + " " + cube[1].length + (cube[1][2] == null) + strs[0]);
        double[] ds = {1, 2.5f, 'a'};
        for (double d : ds) System.out.print(d + ",");
        for (long l : new int[] {7, 8}) System.out.print(l + ";");
        System.out.println();
        Object o = grid;
        System.out.println((o instanceof int[][]) + " " + (o instanceof Object[]) + " " + (o instanceof String));
        try { thrower(2); } catch (IllegalStateException e) { System.out.println("caught " + e.getMessage()); }
        thrower(1);
    }
}

// Expected output recorded from JDK 17 (java classes.java).
// expect: 99hold99
// expect: --
// expect: Base clinit
// expect: init Circle.created
// expect: Circle clinit
// expect: Base init block id=7
// expect: Base() circle r=0.0 extra=0
// expect: Circle init block 10 11
// expect: Circle(r) unit 42 extra=5
// expect: Circle()
// expect: Circle:Base#7 3.0
// expect: 0circle
// expect: 7
// expect: multi iae
// expect: multi ae
// expect: aioobe Index 2 out of bounds for length 1
// expect: rt true
// expect: none
// expect: t0F1F2F1F2[inner]caught x
// expect: Holder clinit (should not print for constants)
// expect: 5
// expect: 3 4 5 30 3truenull
// expect: 1.0,2.5,97.0,7;8;
// expect: true true false
// expect: caught deep
// expect-runtime-error: java.lang.IllegalStateException
