// @Override on a method that overrides nothing is an error.
// expect-error: RF4001 @5
class Base { void run() {} }
class Sub extends Base {
    @Override
    void runn() {}
}
class Main {
    public static void main(String[] args) {
        new Sub().runn();
    }
}
