// An exception in the main class's own static initializer, before main runs.
class Main {
    static int[] table = new int[2];
    static int broken = table[5];
    public static void main(String[] args) {
        System.out.println("never runs");
    }
}
// expect-runtime-error: java.lang.ExceptionInInitializerError
