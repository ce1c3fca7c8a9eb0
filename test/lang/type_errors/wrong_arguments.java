// Calling a method with the wrong number of arguments is an error.
// expect-error: RF2013 @6
class Main {
    static int twice(int x) { return 2 * x; }
    public static void main(String[] args) {
        System.out.println(twice(1, 2));
    }
}
