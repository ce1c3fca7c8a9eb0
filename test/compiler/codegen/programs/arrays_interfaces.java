// Code generator end-to-end program: interface field initialization (lazy, constants inlined),
// multi-dimensional arrays and initializers, long array compound shifts, casts, constant cases.
interface Config {
    int[] TABLE = Helper.build();
    int SIZE = 3;

}
class Main implements Config {
    static int[][] grid = {{1, 2}, {3}};
    int[] a[] = new int[2][];
    static long[] ls = new long[4];
    public static void main(String[] args) {
        System.out.println(SIZE);
        System.out.println("before table");
        System.out.println(TABLE[2]);
        System.out.println(grid[0][1] + grid[1][0]);
        Main m = new Main();
        System.out.println(m.a.length + " " + (m.a[0] == null));
        ls[1] = 5;
        ls[1] <<= ls[1];
        ls[2] = ls[1]-- >>> 2L;
        System.out.println(ls[1] + " " + ls[2]);
        int[][] empty = new int[0][];
        System.out.println(empty.length);
        final int k = 10;
        switch (7) { case k - 3: System.out.println("k-3"); break; default: System.out.println("def"); }
        long big = 3_000_000_000L;
        System.out.println(big > Integer.MAX_VALUE ? "big" : "small");
        System.out.println(big == 3_000_000_000L);
        char[][] cs = new char[2][3];
        cs[1][2] = 'z';
        cs[1][2]++;
        System.out.println(cs[1][2]);
        Object o = cs;
        char[][] back = (char[][]) o;
        System.out.println(back[1][2]);
        String s = "x";
        Object os = s;
        try { Integer bad = (Integer) os; } catch (ClassCastException e) { System.out.println("CCE"); }
        System.out.println(new Main().getClass().getName());
    }
}
class Helper { static int[] build() { System.out.println("Config init"); return new int[] {1, 2, 3}; } }

// Expected output recorded from JDK 17.
// expect: 3
// expect: before table
// expect: Config init
// expect: 3
// expect: 5
// expect: 2 true
// expect: 159 40
// expect: 0
// expect: k-3
// expect: big
// expect: true
// expect: {
// expect: {
// expect: CCE
// expect: Main
