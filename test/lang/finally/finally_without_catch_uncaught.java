// finally runs before an uncaught exception terminates the program.
class Main {
    public static void main(String[] args) {
        try {
            System.out.println("working");
            Object o = "str";
            Integer i = (Integer) o;
            System.out.println(i);
        } finally {
            System.out.println("cleanup");
        }
    }
}
// expect: working
// expect: cleanup
// expect-runtime-error: java.lang.ClassCastException
