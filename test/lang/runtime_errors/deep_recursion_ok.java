// Recursion a few thousand frames deep works normally (no StackOverflowError, no host overflow).
class Main {
    static long sum(int n) { return n == 0 ? 0 : n + sum(n - 1); }
    static int depth(int n, String acc) { return n == 0 ? acc.length() : depth(n - 1, acc.length() > 10 ? "" : acc + "x"); }
    public static void main(String[] args) {
        System.out.println(sum(5000));
        System.out.println(depth(3000, ""));
    }
}
// expect: 12502500
// expect: 0
