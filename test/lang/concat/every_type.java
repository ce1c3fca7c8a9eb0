// String concatenation with + converts every type: primitives, null, char, objects, arrays' class.
class Thing { public String toString() { return "Thing!"; } }
class Main {
    public static void main(String[] args) {
        String s = "v:";
        System.out.println(s + 1 + 2L + 3.5f + 4.25 + 'c' + true + (byte) 7 + (short) 8);
        System.out.println(s + null);
        String n = null;
        System.out.println(n + n);
        Object o = null;
        System.out.println("o=" + o);
        System.out.println("t=" + new Thing());
        System.out.println(1 + 2 + s);
        System.out.println(s + 1 + 2);
        System.out.println(s + (1 + 2));
        System.out.println('a' + 1 + s);
        System.out.println(s + 'a' + 1);
        char c = 'q';
        System.out.println(c + "" + c);
        System.out.println(c + c + "");
        System.out.println("" + Integer.MIN_VALUE + Long.MIN_VALUE);
        System.out.println("d" + 1e-4 + " " + 1e7 + " " + 0.1f + " " + -0.0);
        System.out.println("nested " + ("x" + ("y" + 'z')));
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("b=" + sb);
    }
}
// expect: v:123.54.25ctrue78
// expect: v:null
// expect: nullnull
// expect: o=null
// expect: t=Thing!
// expect: 3v:
// expect: v:12
// expect: v:3
// expect: 98v:
// expect: v:a1
// expect: qq
// expect: 226
// expect: -2147483648-9223372036854775808
// expect: d1.0E-4 1.0E7 0.1 -0.0
// expect: nested xyz
// expect: b=sb
