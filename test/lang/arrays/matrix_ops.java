// Matrix transpose and multiplication with nested loops over 2-D arrays.
class Main {
    static long[][] mul(long[][] a, long[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        long[][] c = new long[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                long s = 0;
                for (int x = 0; x < k; x++) s += a[i][x] * b[x][j];
                c[i][j] = s;
            }
        return c;
    }
    static void print(long[][] m) {
        for (long[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (long v : row) sb.append(v).append(' ');
            System.out.println(sb.toString().trim());
        }
    }
    public static void main(String[] args) {
        long[][] fib = {{1, 1}, {1, 0}};
        long[][] r = {{1, 0}, {0, 1}};
        for (int i = 0; i < 90; i++) r = mul(r, fib);
        print(r);
        print(mul(new long[][] {{1, 2, 3}}, new long[][] {{4}, {5}, {6}}));
    }
}
// expect: 4660046610375530309 2880067194370816120
// expect: 2880067194370816120 1779979416004714189
// expect: 32
