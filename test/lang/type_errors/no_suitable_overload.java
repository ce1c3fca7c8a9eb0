// When no overload accepts the argument types, the call is an error.
// expect-error: RF2014 @7
class Main {
    static int f(int x) { return x; }
    static int f(long x) { return (int) x; }
    public static void main(String[] args) {
        System.out.println(f("no"));
    }
}
