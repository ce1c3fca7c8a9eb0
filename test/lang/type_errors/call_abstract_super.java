// An abstract method cannot be invoked with super.
// expect-error: RF2028 @5
abstract class Base { abstract int f(); }
class Sub extends Base {
    int f() { return super.f(); }
}
class Main {
    public static void main(String[] args) {
        System.out.println(new Sub().f());
    }
}
