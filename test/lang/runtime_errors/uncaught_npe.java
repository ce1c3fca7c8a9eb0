// An uncaught NullPointerException ends the program with exit status 1 after earlier output.
class Main {
    static String name;
    public static void main(String[] args) {
        System.out.println("start");
        System.out.println(name.length());
    }
}
// expect: start
// expect-runtime-error: java.lang.NullPointerException
