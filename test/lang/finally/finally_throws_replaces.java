// An exception thrown in finally replaces the one in flight; one thrown in catch still runs finally.
class Main {
    static void f() {
        try {
            throw new IllegalStateException("original");
        } finally {
            throw new IllegalArgumentException("replacement");
        }
    }
    static void g() {
        try {
            throw new IllegalStateException("first");
        } catch (IllegalStateException e) {
            throw new RuntimeException("from catch: " + e.getMessage());
        } finally {
            System.out.println("g finally");
        }
    }
    public static void main(String[] args) {
        try { f(); } catch (RuntimeException e) { System.out.println(e.getClass().getName() + " " + e.getMessage()); }
        try { g(); } catch (RuntimeException e) { System.out.println(e.getMessage()); }
    }
}
// expect: java.lang.IllegalArgumentException replacement
// expect: g finally
// expect: from catch: first
