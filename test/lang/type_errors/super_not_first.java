// super(...) must be the first statement of a constructor.
// expect-error: RF4016 @7
class Base { Base(int x) {} }
class Sub extends Base {
    Sub() {
        System.out.println("first");
        super(1);
    }
}
class Main {
    public static void main(String[] args) {
        new Sub();
    }
}
