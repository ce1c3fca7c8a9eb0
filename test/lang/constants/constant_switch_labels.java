// static final constants and constant expressions can be used as switch labels.
class Main {
    static final int LOW = 1;
    static final int HIGH = LOW + 9;
    static final char SEP = ',';
    static final String HELLO = "hel" + "lo";
    static String classify(int x) {
        switch (x) {
            case LOW: return "low";
            case HIGH: return "high";
            case LOW * 5: return "mid";
            default: return "other";
        }
    }
    public static void main(String[] args) {
        System.out.println(classify(1) + " " + classify(10) + " " + classify(5) + " " + classify(7));
        char c = ',';
        switch (c) { case SEP: System.out.println("separator"); break; default: System.out.println("not"); }
        switch ("hello") { case HELLO: System.out.println("matched constant"); break; default: System.out.println("no"); }
    }
}
// expect: low high mid other
// expect: separator
// expect: matched constant
