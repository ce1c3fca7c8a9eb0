// Throwable's getMessage, getCause, toString, and a cause chain walked in a loop.
class Main {
    public static void main(String[] args) {
        Throwable root = new ArithmeticException("root cause");
        Throwable mid = new IllegalStateException("middle", root);
        Throwable top = new RuntimeException("top", mid);
        for (Throwable t = top; t != null; t = t.getCause()) System.out.println(t);
        System.out.println(root.getCause());
        RuntimeException fromCause = new RuntimeException(root);
        System.out.println(fromCause.getMessage());
        System.out.println(new Error().getMessage());
        System.out.println(new NullPointerException("custom npe").getMessage());
    }
}
// expect: java.lang.RuntimeException: top
// expect: java.lang.IllegalStateException: middle
// expect: java.lang.ArithmeticException: root cause
// expect: null
// expect: java.lang.ArithmeticException: root cause
// expect: null
// expect: custom npe
