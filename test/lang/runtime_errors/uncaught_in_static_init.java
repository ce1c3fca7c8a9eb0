// An exception thrown by a static initializer is wrapped in ExceptionInInitializerError (JLS 12.4.2).
class Broken {
    static int value = 10 / Integer.parseInt("0");
}
class Main {
    public static void main(String[] args) {
        System.out.println("before");
        System.out.println(Broken.value);
    }
}
// expect: before
// expect-runtime-error: java.lang.ExceptionInInitializerError
