// An instance method cannot be called without an object from a static method.
// expect-error: RF2005 @6
class Main {
    int twice(int x) { return 2 * x; }
    public static void main(String[] args) {
        System.out.println(twice(4));
    }
}
