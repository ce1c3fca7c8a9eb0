// Catching, logging and rethrowing the same exception object; the outer handler sees it unchanged.
class Main {
    static int attempts = 0;
    static void risky() {
        attempts++;
        throw new IllegalStateException("attempt " + attempts);
    }
    static void middle() {
        try {
            risky();
        } catch (IllegalStateException e) {
            System.out.println("middle saw " + e.getMessage());
            throw e;
        }
    }
    public static void main(String[] args) {
        RuntimeException first = null;
        try {
            middle();
        } catch (RuntimeException e) {
            first = e;
            System.out.println("main saw " + e.getMessage());
        }
        try {
            throw first;
        } catch (IllegalStateException e) {
            System.out.println("same object: " + (e == first));
        }
    }
}
// expect: middle saw attempt 1
// expect: main saw attempt 1
// expect: same object: true
