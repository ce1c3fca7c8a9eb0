// An uncaught ClassCastException.
class A {}
class B extends A {}
class Main {
    public static void main(String[] args) {
        A a = new A();
        System.out.println("casting");
        B b = (B) a;
        System.out.println(b);
    }
}
// expect: casting
// expect-runtime-error: java.lang.ClassCastException
