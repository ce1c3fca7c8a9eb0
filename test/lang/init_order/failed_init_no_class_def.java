// A class whose static initializer failed is erroneous: the first use throws
// ExceptionInInitializerError, every later use NoClassDefFoundError (JLS 12.4.2 steps 5 and 11).
class Fragile {
    static int value = compute();
    static int compute() {
        System.out.println("Fragile init running");
        int[] a = new int[1];
        return a[2];
    }
}
class Main {
    public static void main(String[] args) {
        try {
            System.out.println(Fragile.value);
        } catch (ExceptionInInitializerError e) {
            System.out.println("first: ExceptionInInitializerError caused by " + e.getCause().getClass().getName());
        }
        try {
            System.out.println(Fragile.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("second: " + e.getMessage());
        }
    }
}
// expect: Fragile init running
// expect: first: ExceptionInInitializerError caused by java.lang.ArrayIndexOutOfBoundsException
// expect: second: Could not initialize class Fragile
