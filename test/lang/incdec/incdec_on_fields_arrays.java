// ++ and -- on static fields, instance fields and array elements (including through method calls).
class Main {
    static int sf = 10;
    int f = 20;
    public static void main(String[] args) {
        sf++;
        ++sf;
        Main.sf--;
        System.out.println(sf);
        Main m = new Main();
        System.out.println(m.f++);
        System.out.println(++m.f);
        int[][] grid = new int[2][2];
        grid[1][0]++;
        grid[1][0]++;
        System.out.println(--grid[1][0] + grid[1][0]++);
        System.out.println(grid[1][0]);
        long[] ls = {Long.MIN_VALUE};
        ls[0]--;
        System.out.println(ls[0]);
        int i = 0;
        int[] arr = {0, 0, 0};
        arr[i++]++;
        arr[i++] += 5;
        System.out.println(arr[0] + "," + arr[1] + "," + arr[2] + " i=" + i);
    }
}
// expect: 11
// expect: 20
// expect: 22
// expect: 2
// expect: 2
// expect: 9223372036854775807
// expect: 1,5,0 i=2
