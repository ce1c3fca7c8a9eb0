// java.lang.Double: the double wrapper and IEEE-754 helpers. toString and parseDouble are
// natives over stdlib/floating (JDK 17's exact FloatingDecimal output and parsing rules);
// the special values are written as the JDK writes them, so they are compile-time constants.
package java.lang;

public final class Double extends Number implements Comparable {

    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 1.7976931348623157E308;
    public static final double MIN_NORMAL = 2.2250738585072014E-308;
    public static final double MIN_VALUE = 4.9E-324;
    public static final int MAX_EXPONENT = 1023;
    public static final int MIN_EXPONENT = -1022;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    private final double value;

    public Double(double value) {
        this.value = value;
    }

    public Double(String s) {
        this(parseDouble(s));
    }

    // ------------------------------------------------------------------ natives

    /** JDK 17 Double.toString, digit for digit. */
    public static native String toString(double d);

    /** Double.valueOf(String) grammar: whitespace, sign, NaN, Infinity, hex, f/d suffix. */
    public static native double parseDouble(String s);

    public static native long doubleToRawLongBits(double value);

    public static native double longBitsToDouble(long bits);

    // ------------------------------------------------------------------ classification

    public static boolean isNaN(double v) {
        return (v != v);
    }

    public static boolean isInfinite(double v) {
        return (v == POSITIVE_INFINITY) || (v == NEGATIVE_INFINITY);
    }

    public static boolean isFinite(double d) {
        return Math.abs(d) <= MAX_VALUE;
    }

    public boolean isNaN() {
        return isNaN(value);
    }

    public boolean isInfinite() {
        return isInfinite(value);
    }

    /** Raw bits with every NaN collapsed to the canonical 0x7ff8000000000000L. */
    public static long doubleToLongBits(double value) {
        if (value != value) {
            return 0x7ff8000000000000L;
        }
        return doubleToRawLongBits(value);
    }

    // ------------------------------------------------------------------ boxing

    public static Double valueOf(double d) {
        return new Double(d);
    }

    public static Double valueOf(String s) {
        return new Double(parseDouble(s));
    }

    public double doubleValue() {
        return value;
    }

    public float floatValue() {
        return (float) value;
    }

    public long longValue() {
        return (long) value;
    }

    public int intValue() {
        return (int) value;
    }

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    // ------------------------------------------------------------------ Object and Comparable

    public String toString() {
        return toString(value);
    }

    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(double value) {
        long bits = doubleToLongBits(value);
        return (int) (bits ^ (bits >>> 32));
    }

    /** Bitwise equality: NaN equals NaN, 0.0 does not equal -0.0 (JDK Double.equals). */
    public boolean equals(Object obj) {
        return (obj instanceof Double)
            && (doubleToLongBits(((Double) obj).value) == doubleToLongBits(value));
    }

    public int compareTo(Double anotherDouble) {
        return compare(value, anotherDouble.value);
    }

    public int compareTo(Object o) {
        return compareTo((Double) o);
    }

    /** Total order: -0.0 < 0.0, NaN above everything (JDK Double.compare). */
    public static int compare(double d1, double d2) {
        if (d1 < d2) {
            return -1;
        }
        if (d1 > d2) {
            return 1;
        }
        long thisBits = doubleToLongBits(d1);
        long anotherBits = doubleToLongBits(d2);
        return (thisBits == anotherBits ? 0 : (thisBits < anotherBits ? -1 : 1));
    }

    public static double sum(double a, double b) {
        return a + b;
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }
}
