// An uncaught ArithmeticException ends the program with a stack trace and exit status 1.
class Main {
    static int compute(int d) { return 100 / d; }
    public static void main(String[] args) {
        System.out.println("before");
        System.out.println(compute(0));
        System.out.println("never");
    }
}
// expect: before
// expect-runtime-error: java.lang.ArithmeticException
