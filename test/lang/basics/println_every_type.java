// println and print overloads for every primitive type, String, char[] and null.
class Main {
    public static void main(String[] args) {
        int i = 42;
        long l = 1234567890123L;
        short s = -7;
        byte b = (byte) 200;
        char c = 'x';
        boolean t = true;
        float f = 1.5f;
        double d = 0.1 + 0.2;
        String str = "text";
        String nothing = null;
        char[] chars = {'a', 'b', 'c'};
        System.out.println(i);
        System.out.println(l);
        System.out.println(s);
        System.out.println(b);
        System.out.println(c);
        System.out.println(t);
        System.out.println(f);
        System.out.println(d);
        System.out.println(str);
        System.out.println(nothing);
        System.out.println(chars);
        System.out.print("no newline ");
        System.out.print(i);
        System.out.print(c);
        System.out.print(t);
        System.out.println();
        System.out.println("after empty");
    }
}
// expect: 42
// expect: 1234567890123
// expect: -7
// expect: -56
// expect: x
// expect: true
// expect: 1.5
// expect: 0.30000000000000004
// expect: text
// expect: null
// expect: abc
// expect: no newline 42xtrue
// expect: after empty
