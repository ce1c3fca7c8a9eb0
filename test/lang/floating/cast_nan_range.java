// Casting floating values to integers: NaN becomes 0, out-of-range values saturate, and the
// rest truncate toward zero (JLS 5.1.3). Narrowing to byte/short/char goes through int.
class Main {
    public static void main(String[] args) {
        double nan = Double.NaN;
        System.out.println((int) nan + " " + (long) nan + " " + (int) Float.NaN);
        System.out.println((int) 1e20 + " " + (int) -1e20);
        System.out.println((long) 1e20 + " " + (long) -1e20);
        System.out.println((int) Double.POSITIVE_INFINITY + " " + (long) Double.NEGATIVE_INFINITY);
        System.out.println((int) 3.99 + " " + (int) -3.99 + " " + (long) -0.5);
        System.out.println((int) 2147483647.5 + " " + (int) 2147483648.0 + " " + (int) -2147483649.0);
        System.out.println((long) 9.3e18 + " " + (long) 9.3e18f);
        System.out.println((byte) 300.7 + " " + (short) -40000.2 + " " + (int) (char) 70000.9);
        System.out.println((byte) 1e10 + " " + (char) 1e10 + "|" + (short) Double.NaN);
        System.out.println((int) 1e10f + " " + (float) 1e40 + " " + (float) 1e-50);
        float f = 16777217;
        System.out.println(f + " " + (int) f);
        System.out.println((double) Long.MAX_VALUE + " " + (float) Long.MAX_VALUE + " " + (long) (double) Long.MAX_VALUE);
        System.out.println((double) 123456789123456789L);
        System.out.println((float) 0.1 + " " + (double) 0.1f);
    }
}
// expect: 0 0 0
// expect: 2147483647 -2147483648
// expect: 9223372036854775807 -9223372036854775808
// expect: 2147483647 -9223372036854775808
// expect: 3 -3 0
// expect: 2147483647 2147483647 -2147483648
// expect: 9223372036854775807 9223372036854775807
// expect: 44 25536 4464
// expect: -1 ￿|0
// expect: 2147483647 Infinity 0.0
// expect: 1.6777216E7 16777216
// expect: 9.223372036854776E18 9.223372E18 9223372036854775807
// expect: 1.23456789123456784E17
// expect: 0.1 0.10000000149011612
