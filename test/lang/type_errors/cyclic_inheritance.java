// A class cannot extend itself through a cycle.
// expect-error: RF4008 @3
class A extends B {}
class B extends A {}
class Main {
    public static void main(String[] args) {
        System.out.println("x");
    }
}
