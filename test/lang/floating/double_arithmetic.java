// double arithmetic, including classic rounding cases and mixing with int/long operands.
class Main {
    public static void main(String[] args) {
        System.out.println(0.1 + 0.2);
        System.out.println(1.0 - 0.9);
        System.out.println(3 * 0.1);
        System.out.println(1e16 + 1);
        System.out.println(9007199254740993L + 0.0);
        System.out.println(100.0 / 3);
        System.out.println(2.0 / 3);
        System.out.println(1.0 / 49 * 49);
        System.out.println(Math.sqrt(2));
        System.out.println(Math.PI * 2);
        System.out.println(Math.E);
        System.out.println(1e-7 + 1e-8);
        System.out.println(123456.789e3);
        double x = 5;
        x /= 2;
        System.out.println(x);
        int i = 7;
        i *= 1.5;
        System.out.println(i);
        long l = 10;
        l -= 0.5;
        System.out.println(l);
    }
}
// expect: 0.30000000000000004
// expect: 0.09999999999999998
// expect: 0.30000000000000004
// expect: 1.0E16
// expect: 9.007199254740992E15
// expect: 33.333333333333336
// expect: 0.6666666666666666
// expect: 0.9999999999999999
// expect: 1.4142135623730951
// expect: 6.283185307179586
// expect: 2.718281828459045
// expect: 1.0999999999999999E-7
// expect: 1.23456789E8
// expect: 2.5
// expect: 10
// expect: 9
