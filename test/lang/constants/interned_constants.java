// Constant string expressions are interned, so == on them is true; computed strings are new objects.
class Other { static final String GREETING = "hi" + "!"; }
class Main {
    static final String A = "hi!";
    public static void main(String[] args) {
        String b = "hi" + "!";
        String prefix = "hi";
        String c = prefix + "!";
        System.out.println(A == b);
        System.out.println(A == Other.GREETING);
        System.out.println(A == c);
        System.out.println(A.equals(c));
        final String fin = "hi";
        String d = fin + "!";
        System.out.println(A == d);
    }
}
// expect: true
// expect: true
// expect: false
// expect: true
// expect: true
