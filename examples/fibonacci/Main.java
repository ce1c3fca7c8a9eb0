// Fibonacci three ways: naive recursion, a loop, and with long arithmetic up to fib(92), the
// largest that fits in a long.  ringfence run examples/fibonacci/Main.java
public class Main {
    static int fibRecursive(int n) {
        return n < 2 ? n : fibRecursive(n - 1) + fibRecursive(n - 2);
    }

    static long fibLoop(int n) {
        long a = 0, b = 1;
        for (int i = 0; i < n; i++) {
            long next = a + b;
            a = b;
            b = next;
        }
        return a;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        System.out.println("fib(" + n + ") = " + fibRecursive(n) + " (recursive)");
        for (int i = 0; i <= 10; i++) System.out.print(fibLoop(i) + (i < 10 ? ", " : "\n"));
        System.out.println("fib(92) = " + fibLoop(92));
        System.out.println("fib(93) overflows a long: " + fibLoop(93));
    }
}
// expect: fib(25) = 75025 (recursive)
// expect: 0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55
// expect: fib(92) = 7540113804746346429
// expect: fib(93) overflows a long: -6246583658587674878
