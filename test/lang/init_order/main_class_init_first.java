// The main class is initialized before main runs; its static blocks print first.
class Main {
    static String greeting;
    static {
        greeting = "initialized";
        System.out.println("static block of Main");
    }
    public static void main(String[] args) {
        System.out.println("main: " + greeting);
    }
}
// expect: static block of Main
// expect: main: initialized
