// Bridges pass every parameter on (one slot per value whatever its type) and may narrow to
// array types: String[] for Object[], int[] for Object.
class Base {
    Object mix(int i, long l, float f, double d, char c, boolean z, byte b, short s, String t, int[] a) {
        return "base";
    }
    Object[] names() { return new Object[] { "x" }; }
    Object data() { return "none"; }
}
class Derived extends Base {
    String mix(int i, long l, float f, double d, char c, boolean z, byte b, short s, String t, int[] a) {
        return i + " " + l + " " + f + " " + d + " " + c + " " + z + " " + b + " " + s + " " + t + " " + a.length;
    }
    String[] names() { return new String[] { "ann", "bob" }; }
    int[] data() { return new int[] { 4, 5, 6 }; }
}
class Main {
    public static void main(String[] args) {
        Base b = new Derived();
        System.out.println(b.mix(-3, 1L << 40, 1.5f, -0.25, 'q', true, (byte) -8, (short) 300, "t", new int[2]));
        Object[] n = b.names();
        System.out.println(n.length + " " + n[1]);
        int[] d = (int[]) b.data();
        System.out.println(d[0] + d[1] + d[2]);
        Derived x = new Derived();
        System.out.println(x.names()[0].length() + x.data().length);
    }
}
// expect: -3 1099511627776 1.5 -0.25 q true -8 300 t 2
// expect: 2 bob
// expect: 15
// expect: 6
