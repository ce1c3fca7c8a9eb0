package util;

public class MathUtil {
    public static int square(int x) { return x * x; }
    public static final int LIMIT = 10;
}
