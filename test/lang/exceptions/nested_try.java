// Nested try statements: an exception thrown in a catch block goes to the enclosing try.
class Main {
    public static void main(String[] args) {
        try {
            try {
                throw new IllegalArgumentException("inner");
            } catch (IllegalArgumentException e) {
                System.out.println("caught " + e.getMessage());
                throw new IllegalStateException("from catch");
            } finally {
                System.out.println("inner finally");
            }
        } catch (IllegalStateException e) {
            System.out.println("outer caught " + e.getMessage());
        } finally {
            System.out.println("outer finally");
        }
        int depth = 0;
        try {
            try {
                try {
                    depth = 3;
                    throw new RuntimeException("three deep");
                } finally {
                    depth--;
                }
            } finally {
                depth--;
            }
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " depth now " + depth);
        }
    }
}
// expect: caught inner
// expect: inner finally
// expect: outer caught from catch
// expect: outer finally
// expect: three deep depth now 1
