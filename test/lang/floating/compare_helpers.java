// Double.compare and Float.compare order -0.0 before 0.0 and NaN last; Math.signum keeps signs.
class Main {
    public static void main(String[] args) {
        double[] vals = { 1.5, -0.0, 0.0, Double.NaN, Double.NEGATIVE_INFINITY, -2.25 };
        for (double a : vals) {
            StringBuilder sb = new StringBuilder();
            for (double b : vals) sb.append(Double.compare(a, b)).append(' ');
            System.out.println(a + ": " + sb.toString().trim());
        }
        System.out.println(Float.compare(-0.0f, 0.0f) + " " + Float.compare(Float.NaN, Float.POSITIVE_INFINITY));
        System.out.println(Math.signum(-3.5) + " " + Math.signum(0.0) + " " + Math.signum(-0.0) + " " + Math.signum(7.0));
    }
}
// expect: 1.5: 0 1 1 -1 1 1
// expect: -0.0: -1 0 -1 -1 1 1
// expect: 0.0: -1 1 0 -1 1 1
// expect: NaN: 1 1 1 0 1 1
// expect: -Infinity: -1 -1 -1 -1 0 -1
// expect: -2.25: -1 -1 -1 -1 1 0
// expect: -1 1
// expect: -1.0 0.0 -0.0 1.0
