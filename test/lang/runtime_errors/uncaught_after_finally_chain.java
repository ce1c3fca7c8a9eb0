// An uncaught exception thrown from a catch block, after finally blocks in several frames ran.
class Main {
    static void a() {
        try { b(); } finally { System.out.println("a finally"); }
    }
    static void b() {
        try {
            throw new IllegalArgumentException("first");
        } catch (IllegalArgumentException e) {
            throw new UnsupportedOperationException("second");
        } finally {
            System.out.println("b finally");
        }
    }
    public static void main(String[] args) {
        a();
    }
}
// expect: b finally
// expect: a finally
// expect-runtime-error: java.lang.UnsupportedOperationException
