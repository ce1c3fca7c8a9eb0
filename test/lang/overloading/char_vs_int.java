// A char argument prefers a char parameter, then int; an int argument never narrows to char.
class Main {
    static String p(char c) { return "char " + c; }
    static String p(int i) { return "int " + i; }
    static String q(int i) { return "int " + i; }
    static String q(String s) { return "String " + s; }
    public static void main(String[] args) {
        char c = 'A';
        System.out.println(p(c));
        System.out.println(p(65));
        System.out.println(p(c + 1));
        System.out.println(p((char) (c + 1)));
        System.out.println(q(c));
        System.out.println(q("" + c));
    }
}
// expect: char A
// expect: int 65
// expect: int 66
// expect: char B
// expect: int 65
// expect: String A
