// Matrix multiplication with double[][]: builds a Hilbert matrix, multiplies, and checks an
// identity; also raises an integer matrix to a power by repeated squaring.
//   ringfence run examples/matrix/Main.java
public class Main {
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int x = 0; x < k; x++) {
                double aix = a[i][x];
                for (int j = 0; j < m; j++) c[i][j] += aix * b[x][j];
            }
        return c;
    }

    static long[][] multiply(long[][] a, long[][] b) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int x = 0; x < n; x++) c[i][j] += a[i][x] * b[x][j];
        return c;
    }

    static long[][] power(long[][] m, int e) {
        long[][] result = new long[m.length][m.length];
        for (int i = 0; i < m.length; i++) result[i][i] = 1;
        while (e > 0) {
            if ((e & 1) == 1) result = multiply(result, m);
            m = multiply(m, m);
            e >>= 1;
        }
        return result;
    }

    static void print(double[][] m) {
        for (double[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (double v : row) sb.append(Math.round(v * 1000) / 1000.0).append('\t');
            System.out.println(sb.toString().trim());
        }
    }

    public static void main(String[] args) {
        int n = 4;
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) h[i][j] = 1.0 / (i + j + 1);
        print(multiply(h, h));
        double[][] rot = {{0, -1}, {1, 0}};
        print(multiply(multiply(rot, rot), multiply(rot, rot)));
        long[][] fib = power(new long[][] {{1, 1}, {1, 0}}, 50);
        System.out.println("fib(50) = " + fib[0][1]);
    }
}
// expect: 1.424	0.8	0.567	0.441
// expect: 0.8	0.464	0.333	0.262
// expect: 0.567	0.333	0.241	0.19
// expect: 0.441	0.262	0.19	0.151
// expect: 1.0	0.0
// expect: 0.0	1.0
// expect: fib(50) = 12586269025
