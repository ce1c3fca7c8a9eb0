// finally runs when an exception passes through, in each frame, innermost first.
class Main {
    static void inner() {
        try {
            System.out.println("inner try");
            throw new IllegalArgumentException("boom");
        } finally {
            System.out.println("inner finally");
        }
    }
    static void outer() {
        try {
            inner();
            System.out.println("not reached");
        } finally {
            System.out.println("outer finally");
        }
    }
    public static void main(String[] args) {
        try {
            outer();
        } catch (IllegalArgumentException e) {
            System.out.println("main caught " + e.getMessage());
        } finally {
            System.out.println("main finally");
        }
    }
}
// expect: inner try
// expect: inner finally
// expect: outer finally
// expect: main caught boom
// expect: main finally
