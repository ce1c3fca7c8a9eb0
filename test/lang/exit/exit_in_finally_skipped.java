// System.exit does not return, so an enclosing finally block does not run.
class Main {
    public static void main(String[] args) {
        try {
            System.out.println("in try");
            System.exit(42);
        } finally {
            System.out.println("finally not printed");
        }
    }
}
// expect: in try
// expect-exit: 42
