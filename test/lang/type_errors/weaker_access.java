// An override cannot reduce visibility (public to package-private).
// expect-error: RF4010 @4
class Base { public String name() { return "base"; } }
class Sub extends Base { String name() { return "sub"; } }
class Main {
    public static void main(String[] args) {
        System.out.println(new Sub().name());
    }
}
