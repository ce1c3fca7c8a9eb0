// Less common but valid expression forms: parenthesized assignment targets, chained assignment
// through arrays and fields, unary plus/minus stacks, casts of parenthesized expressions, octal
// and char escapes, and comments inside expressions.
class Main {
    int f;
    public static void main(String[] args) {
        int x;
        (x) = 5;
        int[] a = new int[2];
        (a[0])++;
        a[1] = (x) + /* inline comment */ (a[0]);
        System.out.println(x + " " + a[0] + " " + a[1]);
        Main m = new Main();
        m.f = a[0] = x = 7;
        System.out.println(m.f + a[0] + x);
        System.out.println(- -x + " " + +-x + " " + -(-(-x)) + " " + ~~x + " " + !!true);
        System.out.println((int) (char) (byte) -1 + " " + (long) (x / 2.0) + " " + (double) (float) (1 / 3.0));
        System.out.println('\0' + 0 + " " + (int) '\377' + " " + (int) '\7' + " " + 0_7 + " " + 00 + " " + 0x0);
        String s = "a"
            + "b" // trailing comment
            + "c";
        System.out.println(s);
        final int String = 3;
        System.out.println(String + 1);
    }
}
// expect: 5 1 6
// expect: 21
// expect: 7 -7 -7 7 true
// expect: 65535 3 0.3333333432674408
// expect: 0 255 7 7 0 0
// expect: abc
// expect: 4
