// Golden: constant pushes by range, constant folding, inlined constants of another class
// (no getstatic), ConstantValue attributes, and <clinit> for the non-constant field only.
class Constants {
    static final int SMALL = 5, BYTE = -100, SHORT = 30000, BIG = 1 << 20;
    static final long L = 1L << 40;
    static final double D = -0.0;
    static final String S = "s" + SMALL + L;
    static int counter = Other.LIMIT * 2;

    static long sum() {
        return SMALL + BYTE + SHORT + BIG + L + Other.LIMIT + Other.NAME.length();
    }
}
class Other {
    static final int LIMIT = 65536;
    static final String NAME = "other";
}
