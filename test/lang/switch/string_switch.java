// switch on String compares with equals (not identity), including strings built at run time.
class Main {
    static int eval(String op, int a, int b) {
        switch (op) {
            case "add": return a + b;
            case "sub": return a - b;
            case "mul":
            case "times":
                return a * b;
            default:
                return -1;
        }
    }
    public static void main(String[] args) {
        System.out.println(eval("add", 3, 4));
        System.out.println(eval("su" + "b", 3, 4));
        String t = new StringBuilder("semit").reverse().toString();
        System.out.println(eval(t, 3, 4));
        System.out.println(eval("mul", 5, 6));
        System.out.println(eval("div", 1, 1));
        System.out.println(eval("", 1, 1));
        switch ("Aa") { case "BB": System.out.println("BB (same hash)"); break; case "Aa": System.out.println("Aa"); break; }
        switch ("BB") { case "Aa": System.out.println("Aa"); break; case "BB": System.out.println("BB"); break; }
    }
}
// expect: 7
// expect: -1
// expect: 12
// expect: 30
// expect: -1
// expect: -1
// expect: Aa
// expect: BB
