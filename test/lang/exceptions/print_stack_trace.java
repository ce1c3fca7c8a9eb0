// printStackTrace writes a Java-style trace to stderr (compared with java's by the differential
// suite), including "Caused by:" and "... n more"; stdout is unaffected.
class Main {
    static void inner(int n) {
        if (n == 0) throw new IllegalArgumentException("at the bottom");
        inner(n - 1);
    }
    static void outer() {
        try {
            inner(2);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("wrapped", e);
        }
    }
    public static void main(String[] args) {
        try {
            outer();
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
            e.printStackTrace();
        }
        new RuntimeException("plain").printStackTrace();
        System.err.println("err line");
        System.out.println("done");
    }
}
// expect: caught wrapped
// expect: done
