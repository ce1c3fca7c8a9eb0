// Constant folding must use the operand types' own precision: float constants round to float
// after every operation, long constants wrap at 64 bits, casts saturate (JLS 15.29, 5.1.3).
class Main {
    static final float F1 = 0.1f + 0.2f;
    static final float F2 = 16777216f + 1f;
    static final float F3 = 1f / 3f * 3f;
    static final float F4 = 1e38f * 10f;
    static final double D1 = 0.1f + 0.2;
    static final long L1 = Long.MIN_VALUE / -1L;
    static final long L2 = Long.MIN_VALUE % -1L;
    static final long L3 = Long.MAX_VALUE * 3;
    static final long L4 = 1L << 65;
    static final long L5 = -1L >>> 60;
    static final int I1 = (int) 1e10;
    static final long L6 = (long) Double.NaN;
    static final int I2 = (int) -0.9f;
    static final char C1 = (char) -1;
    static final int I3 = (char) 65536 + (byte) 255 + (short) 32768;
    static final String S = "" + 1e-3f + 1e7 + 100.0f / 3;
    public static void main(String[] args) {
        System.out.println(F1 + " " + F2 + " " + F3 + " " + F4 + " " + D1);
        System.out.println(L1 + " " + L2 + " " + L3 + " " + L4 + " " + L5);
        System.out.println(I1 + " " + L6 + " " + I2 + " " + (int) C1 + " " + I3);
        System.out.println(S);
        float a = 0.1f, b = 0.2f;
        System.out.println((a + b) == F1);
        System.out.println(0.1f + 0.2f == 0.3f);
        System.out.println((float) 0.1 + (float) 0.2);
        System.out.println(2147483647 + 1 + " " + (2147483647 + 1L) + " " + (0x7fffffff * 2) + " " + -(-2147483648));
    }
}
// expect: 0.3 1.6777216E7 1.0 Infinity 0.30000000149011613
// expect: -9223372036854775808 0 9223372036854775805 2 15
// expect: 2147483647 0 0 65535 -32769
// expect: 0.0011.0E733.333332
// expect: true
// expect: true
// expect: 0.3
// expect: -2147483648 2147483648 -2 -2147483648
