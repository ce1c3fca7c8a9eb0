// A void method cannot return a value.
// expect-error: RF2029 @4
class Main {
    static void f() { return 1; }
    public static void main(String[] args) {
        f();
    }
}
