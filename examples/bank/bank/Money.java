package bank;

/** Amounts are kept in cents (long) so no rounding ever happens; this formats them. */
public final class Money {
    private Money() {}

    public static String format(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        long frac = abs % 100;
        return sign + "$" + abs / 100 + "." + (frac < 10 ? "0" : "") + frac;
    }
}
