// A class is initialized on its first static method call, not before (JLS 12.4.1).
class Lazy {
    static { System.out.println("Lazy init"); }
    static int value() { return 7; }
}
class Main {
    public static void main(String[] args) {
        System.out.println("main start");
        System.out.println("value " + Lazy.value());
        System.out.println("again " + Lazy.value());
    }
}
// expect: main start
// expect: Lazy init
// expect: value 7
// expect: again 7
