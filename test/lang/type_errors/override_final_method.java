// A final method cannot be overridden.
// expect-error: RF4010 @4
class Base { final int id() { return 1; } }
class Sub extends Base { int id() { return 2; } }
class Main {
    public static void main(String[] args) {
        System.out.println(new Sub().id());
    }
}
