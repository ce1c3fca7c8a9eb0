// Unbounded recursion raises StackOverflowError, which a caller can catch and recover from.
class Main {
    static int depth = 0;
    static void recurse() { depth++; recurse(); }
    static long sum(long n) { return n == 0 ? 0 : n + sum(n - 1); }
    public static void main(String[] args) {
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError, deep: " + (depth > 500));
        }
        depth = 0;
        try {
            recurse();
        } catch (Error e) {
            System.out.println("again as Error: " + (e instanceof StackOverflowError));
        }
        System.out.println(sum(1000));
    }
}
// expect: caught StackOverflowError, deep: true
// expect: again as Error: true
// expect: 500500
