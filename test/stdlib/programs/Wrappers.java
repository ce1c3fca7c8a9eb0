// Exercises the wrapper classes: valueOf caching, parsing (with JDK 17 messages), radix text,
// bit helpers, compare/equals/hashCode, and the constants.
public class Wrappers {
    static void parseInt(String s, int radix) {
        try {
            System.out.println("parseInt " + s + " -> " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
    }

    static void parseLong(String s, int radix) {
        try {
            System.out.println("parseLong " + s + " -> " + Long.parseLong(s, radix));
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
    }

    static void parseDouble(String s) {
        try {
            System.out.println("parseDouble [" + s + "] -> " + Double.parseDouble(s));
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println(Integer.valueOf(127) == Integer.valueOf(127));
        System.out.println(Integer.valueOf(128) == Integer.valueOf(128));
        System.out.println(Integer.valueOf(-128) == Integer.valueOf("-128"));
        System.out.println(Long.valueOf(5L) == Long.valueOf(5L));
        System.out.println(Character.valueOf('a') == Character.valueOf('a'));
        System.out.println(Boolean.valueOf(true) == Boolean.TRUE);
        System.out.println(Boolean.valueOf("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null));
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Long.MAX_VALUE + " " + Long.MIN_VALUE);
        System.out.println(Short.MAX_VALUE + " " + Byte.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println(Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Double.MIN_NORMAL);
        System.out.println(Float.MAX_VALUE + " " + Float.MIN_VALUE + " " + Float.MIN_NORMAL);
        System.out.println(Double.POSITIVE_INFINITY + " " + Double.NEGATIVE_INFINITY + " " + Double.NaN + " " + Float.NaN);
        int[] ints = {0, 1, -1, 255, -255, 1000000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int i = 0; i < ints.length; i++) {
            int v = ints[i];
            System.out.println(v + ": " + Integer.toHexString(v) + " " + Integer.toOctalString(v) + " "
                + Integer.toBinaryString(v) + " " + Integer.toString(v, 36) + " " + Integer.toString(v, 7)
                + " " + Integer.toString(v, 99) + " " + Integer.bitCount(v) + " " + Integer.reverse(v) + " "
                + Integer.highestOneBit(v) + " " + Integer.lowestOneBit(v) + " " + Integer.numberOfLeadingZeros(v)
                + " " + Integer.numberOfTrailingZeros(v) + " " + Integer.signum(v) + " " + Integer.reverseBytes(v)
                + " " + Integer.rotateLeft(v, 5) + " " + Integer.toUnsignedString(v) + " " + Integer.hashCode(v));
        }
        long[] longs = {0L, 1L, -1L, 1L << 40, -(1L << 40) + 7, Long.MAX_VALUE, Long.MIN_VALUE};
        for (int i = 0; i < longs.length; i++) {
            long v = longs[i];
            System.out.println(v + ": " + Long.toHexString(v) + " " + Long.toOctalString(v) + " "
                + Long.toBinaryString(v) + " " + Long.toString(v, 36) + " " + Long.bitCount(v) + " "
                + Long.numberOfLeadingZeros(v) + " " + Long.numberOfTrailingZeros(v) + " " + Long.signum(v)
                + " " + Long.reverse(v) + " " + Long.highestOneBit(v) + " " + Long.toUnsignedString(v) + " "
                + Long.hashCode(v) + " " + Long.reverseBytes(v) + " " + Long.divideUnsigned(v, 7L) + " "
                + Long.remainderUnsigned(v, 7L));
        }
        parseInt("123", 10);
        parseInt("-2147483648", 10);
        parseInt("+77", 8);
        parseInt("ff", 16);
        parseInt("Zz", 36);
        parseInt("2147483648", 10);
        parseInt("abc", 10);
        parseInt("zz", 16);
        parseInt("", 10);
        parseInt("", 16);
        parseInt("-", 10);
        parseInt("+", 10);
        parseInt("1", 37);
        parseInt("1", 1);
        parseInt("١٢٣", 10);
        parseLong("9223372036854775807", 10);
        parseLong("-9223372036854775808", 10);
        parseLong("9223372036854775808", 10);
        parseLong("x", 16);
        parseLong("7fffffffffffffff", 16);
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Short.parseShort("40000");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Byte.parseByte("-129", 10);
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16));
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff") + " " + Long.decode("-0X10"));
        parseDouble("1.5");
        parseDouble("  -0.0  ");
        parseDouble("1e10");
        parseDouble("0x1.8p1");
        parseDouble("Infinity");
        parseDouble("-NaN");
        parseDouble("1.5f");
        parseDouble(".5e-3");
        parseDouble("1e400");
        parseDouble("abc");
        parseDouble("");
        parseDouble("1.2.3");
        System.out.println(Float.parseFloat("3.4028236e38") + " " + Float.parseFloat("1.00000017881393432617187499"));
        System.out.println(Integer.compare(3, 5) + " " + Long.compare(5L, 3L) + " " + Double.compare(0.0, -0.0)
            + " " + Double.compare(Double.NaN, 1.0) + " " + Float.compare(-0.0f, 0.0f) + " " + Character.compare('b', 'a')
            + " " + Boolean.compare(true, false) + " " + Short.compare((short) 1, (short) 9));
        Integer a = Integer.valueOf(1000);
        Integer b = new Integer(1000);
        System.out.println(a.equals(b) + " " + (a == b) + " " + a.compareTo(b) + " " + a.hashCode() + " " + a.intValue());
        Double d1 = Double.valueOf(Double.NaN);
        System.out.println(d1.equals(Double.valueOf(Double.NaN)) + " " + Double.valueOf(0.0).equals(Double.valueOf(-0.0)) + " " + Double.valueOf(1.5).hashCode());
        System.out.println(Float.valueOf(1.5f).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " " + Character.valueOf('A').hashCode());
        System.out.println(Double.doubleToLongBits(1.0) + " " + Double.doubleToRawLongBits(-0.0) + " " + Double.longBitsToDouble(4607182418800017408L));
        System.out.println(Float.floatToIntBits(1.0f) + " " + Float.intBitsToFloat(0x7f800000) + " " + Float.floatToIntBits(Float.NaN));
        System.out.println(Double.isNaN(0.0 / 0.0) + " " + Double.isInfinite(-1.0 / 0.0) + " " + Double.isFinite(1e308) + " " + Float.isNaN(1.0f));
        System.out.println(Double.toString(100.0) + " " + Float.toString(1.0e10f) + " " + Double.valueOf("2").doubleValue());
        System.out.println(Long.valueOf(3000000000L).intValue() + " " + Double.valueOf(3.99).intValue() + " " + Double.valueOf(-1e20).longValue());
        System.out.println(Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Long.min(3L, 4L) + " " + Double.max(-0.0, 0.0) + " " + Double.min(-0.0, 0.0));
        System.out.println(Integer.toUnsignedLong(-1) + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.compareUnsigned(-1, 1));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -1));
    }
}
