// A labeled break exits the labeled statement, which may be an outer loop or a plain block.
class Main {
    public static void main(String[] args) {
        int[][] grid = {{1, 2, 3}, {4, 42, 6}, {7, 8, 9}};
        int fr = -1, fc = -1;
        search:
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] == 42) { fr = r; fc = c; break search; }
            }
        }
        System.out.println(fr + "," + fc);
        block: {
            System.out.println("in block");
            if (fr == 1) break block;
            System.out.println("not printed");
        }
        System.out.println("after block");
        int count = 0;
        outer:
        while (true) {
            do {
                count++;
                if (count == 7) break outer;
            } while (true);
        }
        System.out.println(count);
    }
}
// expect: 1,1
// expect: in block
// expect: after block
// expect: 7
