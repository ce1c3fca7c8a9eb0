// Array declarators after names (int a[]), mixed declarators in one declaration, C-style
// array return types, and extra semicolons in class bodies and blocks (JLS 8.3, 8.4, 10.2).
class Main {
    ;
    static int table[] = {1, 2, 3};
    static int[] grid[] = new int[2][];
    int size;
    ;
    int size() { return size; }
    static int squares(int n)[] {
        int out[] = new int[n];
        for (int i = 0; i < n; i++) out[i] = i * i;
        return out;
    }
    public static void main(String args[]) {
        int x = 1, y[] = {2, 3}, z[][] = {{4}, {5, 6}};
        ;;
        System.out.println(x + y[1] + z[1][1] + table[2]);
        grid[0] = squares(4);
        System.out.println(grid[0][3] + " " + grid.length + " " + (grid[1] == null));
        Main m = new Main();
        m.size = 9;
        System.out.println(m.size() + m.size);
        int size = m.size() * 2;
        System.out.println(size);
    };
};
// expect: 13
// expect: 9 2 true
// expect: 18
// expect: 18
