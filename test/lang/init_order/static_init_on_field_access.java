// Reading or writing a non-constant static field initializes the class (JLS 12.4.1).
class Reader {
    static int count = compute();
    static int compute() { System.out.println("Reader init"); return 5; }
}
class Writer {
    static int slot;
    static { System.out.println("Writer init"); }
}
class Main {
    public static void main(String[] args) {
        System.out.println("start");
        System.out.println(Reader.count);
        Writer.slot = 3;
        System.out.println("wrote");
        System.out.println(Writer.slot);
    }
}
// expect: start
// expect: Reader init
// expect: 5
// expect: Writer init
// expect: wrote
// expect: 3
