// Recursive static methods: factorial, fibonacci, gcd and mutual recursion.
class Main {
    static long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
    static boolean isEven(int n) { return n == 0 ? true : isOdd(n - 1); }
    static boolean isOdd(int n) { return n == 0 ? false : isEven(n - 1); }
    public static void main(String[] args) {
        System.out.println(fact(20));
        System.out.println(fib(20));
        System.out.println(gcd(1071, 462));
        System.out.println(isEven(10) + " " + isOdd(7) + " " + isEven(3));
    }
}
// expect: 2432902008176640000
// expect: 6765
// expect: 21
// expect: true true false
