// javac marks a block's closing brace when the block's own locals go out of scope, so the
// jump that follows (a loop's jump back, the jump over an else) carries that line; blocks
// without locals, or with only constant variables, do not.
class Main {
    static int f(int n) {
        long lo = 0, hi = n;
        while (lo < hi) {
            long mid = (lo + hi + 1) >>> 1;
            if (mid * mid <= n) lo = mid; else hi = mid - 1;
        }
        int r = 0;
        for (int i = 0; i < 3; i++) {
            int sq = i * i;
            r += sq;
        }
        if (n > 2) {
            int t = n * 2;
            r += t;
        } else {
            r--;
        }
        while (r > 100) {
            final int k = 7;
            r -= k;
        }
        do {
            r++;
        } while (r < 5);
        return (int) lo + r;
    }
    public static void main(String[] args) {
        System.out.println(f(17) + " " + f(1));
        {
            int scoped = 3;
            System.out.println(scoped);
        }
    }
}
// expect: 44 6
// expect: 3
