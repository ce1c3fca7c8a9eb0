// Newton's method in double and an integer square root by binary search agree with Math.sqrt.
class Main {
    static double newton(double x) {
        double g = x / 2;
        for (int i = 0; i < 30; i++) g = (g + x / g) / 2;
        return g;
    }
    static long isqrt(long n) {
        long lo = 0, hi = 3037000499L;
        while (lo < hi) {
            long mid = (lo + hi + 1) >>> 1;
            if (mid * mid <= n) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
    public static void main(String[] args) {
        double[] xs = {2, 10, 1e6, 12345.678};
        for (double x : xs) System.out.println(newton(x) + " " + Math.sqrt(x) + " " + (newton(x) == Math.sqrt(x)));
        long[] ns = {0, 1, 15, 16, 17, 1000000007L, Long.MAX_VALUE};
        for (long n : ns) System.out.println(n + " -> " + isqrt(n));
    }
}
// expect: 1.414213562373095 1.4142135623730951 false
// expect: 3.162277660168379 3.1622776601683795 false
// expect: 1000.0 1000.0 true
// expect: 111.11110655555547 111.11110655555547 true
// expect: 0 -> 0
// expect: 1 -> 1
// expect: 15 -> 3
// expect: 16 -> 4
// expect: 17 -> 4
// expect: 1000000007 -> 31622
// expect: 9223372036854775807 -> 3037000499
