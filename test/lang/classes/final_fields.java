// final fields assigned once in every constructor path, and final locals.
class Pair {
    final int a;
    final String b;
    Pair(int a) { this(a, "default"); }
    Pair(int a, String b) {
        this.a = a;
        if (a > 0) this.b = b; else this.b = "neg";
    }
}
class Main {
    static final int[] TABLE = {1, 2, 3};
    public static void main(String[] args) {
        final int k;
        k = 5;
        Pair p = new Pair(k);
        Pair q = new Pair(-1, "ignored");
        System.out.println(p.a + " " + p.b);
        System.out.println(q.a + " " + q.b);
        TABLE[0] = 100;
        System.out.println(TABLE[0] + TABLE[1] + TABLE[2]);
    }
}
// expect: 5 default
// expect: -1 neg
// expect: 105
