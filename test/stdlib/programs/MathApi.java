// Exercises java.lang.Math: rounding (JDK semantics), abs/min/max with -0.0 and NaN, exact
// arithmetic with its overflow messages, floorDiv/floorMod, and the common functions on
// values where every correct implementation agrees bit for bit.
public class MathApi {
    static void exact(int which) {
        try {
            switch (which) {
                case 0: Math.addExact(Integer.MAX_VALUE, 1); break;
                case 1: Math.addExact(Long.MIN_VALUE, -1L); break;
                case 2: Math.subtractExact(Integer.MIN_VALUE, 1); break;
                case 3: Math.multiplyExact(1 << 16, 1 << 16); break;
                case 4: Math.multiplyExact(Long.MAX_VALUE, 2L); break;
                case 5: Math.negateExact(Integer.MIN_VALUE); break;
                case 6: Math.toIntExact(1L << 31); break;
                case 7: Math.incrementExact(Long.MAX_VALUE); break;
                case 8: Math.floorDiv(1, 0); break;
                default: Math.absExact(Integer.MIN_VALUE); break;
            }
            System.out.println("no exception");
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
    }

    public static void main(String[] args) {
        double[] ds = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994, 1e20, -1e20, 0.0, -0.0,
            Double.NaN, Double.POSITIVE_INFINITY, 4503599627370497.0, 2.4, -2.6};
        for (int i = 0; i < ds.length; i++) {
            double d = ds[i];
            System.out.println(d + ": round=" + Math.round(d) + " floor=" + Math.floor(d) + " ceil=" + Math.ceil(d)
                + " rint=" + Math.rint(d) + " abs=" + Math.abs(d) + " signum=" + Math.signum(d) + " roundf=" + Math.round((float) d));
        }
        System.out.println(Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Double.NaN, 1.0) + " " + Math.min(1.0f, Float.NaN));
        System.out.println(Math.max(3, 7) + " " + Math.min(-3L, 7L) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(-7L) + " " + Math.abs(-0.0f));
        for (int i = 0; i < 10; i++) {
            exact(i);
        }
        int[] xs = {7, -7, 7, -7, 0};
        int[] ys = {2, 2, -2, -2, 3};
        for (int i = 0; i < xs.length; i++) {
            System.out.println(xs[i] + "," + ys[i] + ": " + Math.floorDiv(xs[i], ys[i]) + " " + Math.floorMod(xs[i], ys[i])
                + " " + (xs[i] / ys[i]) + " " + (xs[i] % ys[i]) + " " + Math.floorMod((long) xs[i], ys[i]));
        }
        System.out.println(Math.sqrt(2.0) + " " + Math.sqrt(-1.0) + " " + Math.sqrt(16.0) + " " + Math.cbrt(27.0) + " " + Math.cbrt(-8.0));
        System.out.println(Math.pow(2.0, 10.0) + " " + Math.pow(2.0, -1.0) + " " + Math.pow(-8.0, 1.0 / 3) + " " + Math.pow(1.0, Double.NaN) + " " + Math.pow(Double.NaN, 0.0));
        System.out.println(Math.pow(-1.0, Double.POSITIVE_INFINITY) + " " + Math.pow(0.0, -1.0) + " " + Math.pow(-0.0, -3.0));
        System.out.println(Math.sin(0.0) + " " + Math.cos(0.0) + " " + Math.tan(0.0) + " " + Math.atan2(0.0, -1.0) + " " + Math.atan2(-0.0, -1.0));
        System.out.println(Math.exp(0.0) + " " + Math.log(1.0) + " " + Math.log(0.0) + " " + Math.log(-1.0) + " " + Math.log10(1000.0));
        System.out.println(Math.hypot(3.0, 4.0) + " " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180.0) + " " + Math.PI + " " + Math.E);
        System.out.println(Math.copySign(3.0, -0.0) + " " + Math.signum(-5.0f) + " " + Math.floorMod(-7L, 2L) + " " + Math.floorDiv(-7L, 2L));
        double[] ieee = {1.0, 0.1, -3.5, 0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e-310, Double.NaN, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < ieee.length; i++) {
            double v = ieee[i];
            System.out.println(v + ": ulp=" + Math.ulp(v) + " up=" + Math.nextUp(v) + " down=" + Math.nextDown(v) + " exp=" + Math.getExponent(v)
                + " ulpf=" + Math.ulp((float) v) + " upf=" + Math.nextUp((float) v) + " downf=" + Math.nextDown((float) v) + " expf=" + Math.getExponent((float) v));
        }
        double r = Math.random();
        System.out.println(r >= 0.0 && r < 1.0);
    }
}
