// Multi-dimensional arrays: rectangular creation, partial creation and jagged rows.
class Main {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 4; c++)
                grid[r][c] = r * 10 + c;
        System.out.println(grid[2][3] + " " + grid.length + " " + grid[0].length);
        int[][] jag = new int[3][];
        System.out.println(jag[0]);
        for (int r = 0; r < 3; r++) jag[r] = new int[r + 1];
        jag[2][2] = 7;
        System.out.println(jag[2].length + " " + jag[2][2]);
        long[][][] cube = new long[2][3][4];
        cube[1][2][3] = 5L;
        System.out.println(cube.length + " " + cube[1].length + " " + cube[1][2].length + " " + cube[1][2][3]);
        String[][] names = new String[2][2];
        System.out.println(names[1][1]);
        int[][][] partial = new int[2][][];
        System.out.println(partial[1] == null);
        int[][] alias = grid;
        alias[0][0] = -1;
        System.out.println(grid[0][0]);
    }
}
// expect: 23 3 4
// expect: null
// expect: 3 7
// expect: 2 3 4 5
// expect: null
// expect: true
// expect: -1
