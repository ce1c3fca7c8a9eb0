// A return in finally overrides the try's return value and discards a pending exception (JLS 14.20.2).
class Main {
    static int value() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }
    static String swallow() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return "swallowed";
        }
    }
    static int tryCatchFinally() {
        try {
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            return 10;
        } finally {
            return 20;
        }
    }
    public static void main(String[] args) {
        System.out.println(value());
        System.out.println(swallow());
        System.out.println(tryCatchFinally());
    }
}
// expect: 2
// expect: swallowed
// expect: 20
