// A final class cannot be extended.
// expect-error: RF4005 @4
final class Sealed {}
class Sub extends Sealed {}
class Main {
    public static void main(String[] args) {
        System.out.println(new Sub());
    }
}
