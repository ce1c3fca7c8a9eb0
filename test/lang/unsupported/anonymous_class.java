// Anonymous classes are outside the subset.
// expect-error: RF1003 @6 "anonymous classes"
interface Greeter { String greet(); }
class Main {
    public static void main(String[] args) {
        Greeter g = new Greeter() {
            public String greet() { return "hi"; }
        };
        System.out.println(g.greet());
    }
}
