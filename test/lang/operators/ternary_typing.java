// The type of ?: follows JLS 15.25: a constant int that fits in char makes a char result; a
// non-constant int makes the whole expression int; mixed numeric types are promoted.
class Main {
    static String show(char c) { return "char:" + c; }
    static String show(int i) { return "int:" + i; }
    static String show(long l) { return "long:" + l; }
    static String show(double d) { return "double:" + d; }
    static String show(Object o) { return "Object:" + o; }
    public static void main(String[] args) {
        boolean t = args.length == 0;
        int i = 66;
        System.out.println(show(t ? 'a' : 0));
        System.out.println(show(t ? 'a' : i));
        System.out.println(show(t ? 1 : 2L));
        System.out.println(show(t ? 1 : 2.0f));
        System.out.println(show(t ? 'x' : 'y'));
        byte b = 3;
        short s = 4;
        System.out.println(show(t ? b : s));
        System.out.println(show(t ? "str" : null));
        System.out.println(show(!t ? 'a' : 70000));
        char c = t ? 'q' : 120;
        System.out.println(c);
    }
}
// expect: char:a
// expect: int:97
// expect: long:1
// expect: double:1.0
// expect: char:x
// expect: int:3
// expect: Object:str
// expect: int:70000
// expect: q
