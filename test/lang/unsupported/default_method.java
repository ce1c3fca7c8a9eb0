// Interface methods with bodies (default methods) are outside the subset.
// expect-error: RF1003 @4 "interface methods with bodies"
interface Greeter {
    default String greet() { return "hello"; }
}
class G implements Greeter {}
class Main {
    public static void main(String[] args) {
        System.out.println(new G().greet());
    }
}
