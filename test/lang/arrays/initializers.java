// Array initializers, nested initializers, trailing commas and array creation expressions.
class Main {
    static int sum(int[] xs) { int s = 0; for (int x : xs) s += x; return s; }
    public static void main(String[] args) {
        int[] a = {1, 2, 3,};
        int[][] m = {{1, 2}, {3, 4, 5}, {}};
        String[] names = {"ann", "bob", null};
        System.out.println(sum(a) + " " + sum(new int[] {10, 20}) + " " + sum(new int[0]));
        System.out.println(m.length + " " + m[0].length + " " + m[1].length + " " + m[2].length);
        System.out.println(m[1][2]);
        System.out.println(names[1] + " " + names[2]);
        char[][] grid = {"ab".toCharArray(), {'c', 'd'}};
        System.out.println(grid[0][1] + "" + grid[1][0]);
        double[] ds = {1, 2.5f, 'a'};
        System.out.println(ds[0] + " " + ds[1] + " " + ds[2]);
        Object[] objs = {"s", new int[] {1}, null};
        System.out.println(objs.length);
        int[] b = a;
        b[0] = 99;
        System.out.println(a[0]);
    }
}
// expect: 6 30 0
// expect: 3 2 3 0
// expect: 5
// expect: bob null
// expect: bc
// expect: 1.0 2.5 97.0
// expect: 3
// expect: 99
