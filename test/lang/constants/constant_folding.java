// Compile-time constant expressions are folded with Java semantics (wraparound, float rounding,
// string conversion) exactly as at run time (JLS 15.29).
class Main {
    static final int A = Integer.MAX_VALUE + 1;
    static final long B = 1L << 63 >>> 1;
    static final String S = "n=" + 1 + 2 + 'c' + 1.5f + true + 'x' * 2;
    static final double D = 1 / 3.0;
    static final float F = 1f / 3;
    static final int DIV = -7 / 2 + -7 % 2;
    static final char C = 'a' + 2;
    static final byte BY = (byte) 200;
    static final boolean Z = 3 > 2 && !(1 == 2);
    static final int SHIFT = 1 << 33;
    public static void main(String[] args) {
        System.out.println(A);
        System.out.println(B);
        System.out.println(S);
        System.out.println(D);
        System.out.println(F);
        System.out.println(DIV);
        System.out.println(C);
        System.out.println(BY);
        System.out.println(Z);
        System.out.println(SHIFT);
        System.out.println((int) 3.9e9 + " " + (char) 98 + (short) 65536);
        System.out.println(0.1 + 0.2 + "" + (0.1f + 0.2f));
    }
}
// expect: -2147483648
// expect: 4611686018427387904
// expect: n=12c1.5true240
// expect: 0.3333333333333333
// expect: 0.33333334
// expect: -4
// expect: c
// expect: -56
// expect: true
// expect: 2
// expect: 2147483647 b0
// expect: 0.300000000000000040.3
