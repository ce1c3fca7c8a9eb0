// Conway's Game of Life on a small wrapping board: 2-D boolean arrays, neighbour counting with
// modular arithmetic, and a glider that returns to its shape every 4 generations.
//   ringfence run examples/life/Main.java
public class Main {
    static final int ROWS = 8, COLS = 10;

    static boolean[][] step(boolean[][] board) {
        boolean[][] next = new boolean[ROWS][COLS];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                int n = neighbours(board, r, c);
                next[r][c] = board[r][c] ? (n == 2 || n == 3) : n == 3;
            }
        }
        return next;
    }

    static int neighbours(boolean[][] board, int r, int c) {
        int n = 0;
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++)
                if ((dr != 0 || dc != 0) && board[(r + dr + ROWS) % ROWS][(c + dc + COLS) % COLS]) n++;
        return n;
    }

    static void print(boolean[][] board, int generation) {
        System.out.println("generation " + generation + ":");
        for (boolean[] row : board) {
            StringBuilder sb = new StringBuilder();
            for (boolean cell : row) sb.append(cell ? '#' : '.');
            System.out.println(sb);
        }
    }

    static int population(boolean[][] board) {
        int p = 0;
        for (boolean[] row : board) for (boolean cell : row) if (cell) p++;
        return p;
    }

    public static void main(String[] args) {
        boolean[][] board = new boolean[ROWS][COLS];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] cell : glider) board[cell[0]][cell[1]] = true;
        board[5][6] = board[5][7] = board[5][8] = true; // a blinker
        for (int g = 0; g <= 4; g++) {
            if (g % 2 == 0) print(board, g);
            board = step(board);
        }
        for (int g = 5; g < 40; g++) board = step(board);
        System.out.println("population after 40 generations: " + population(board));
    }
}
// expect: generation 0:
// expect: .#........
// expect: ..#.......
// expect: ###.......
// expect: ..........
// expect: ..........
// expect: ......###.
// expect: ..........
// expect: ..........
// expect: generation 2:
// expect: ..........
// expect: ..#.......
// expect: #.#.......
// expect: .##.......
// expect: ..........
// expect: ......###.
// expect: ..........
// expect: ..........
// expect: generation 4:
// expect: ..........
// expect: ..#.......
// expect: ...#......
// expect: .###......
// expect: ..........
// expect: ......###.
// expect: ..........
// expect: ..........
// expect: population after 40 generations: 0
