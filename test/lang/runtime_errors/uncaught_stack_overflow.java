// Uncaught StackOverflowError: the VM must report it as Java does, never overflowing the host stack.
class Main {
    static int f(int n) { return f(n + 1) + 1; }
    public static void main(String[] args) {
        System.out.println("recursing");
        System.out.println(f(0));
    }
}
// expect: recursing
// expect-runtime-error: java.lang.StackOverflowError
