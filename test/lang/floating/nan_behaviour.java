// NaN compares unequal to everything including itself; every ordered comparison with NaN is false.
class Main {
    public static void main(String[] args) {
        double nan = 0.0 / 0.0;
        float fnan = 0.0f / 0.0f;
        System.out.println(nan);
        System.out.println(fnan);
        System.out.println(nan == nan);
        System.out.println(nan != nan);
        System.out.println(nan < 1 || nan > 1 || nan <= 1 || nan >= 1);
        System.out.println(!(nan < 1));
        System.out.println(Double.isNaN(nan) + " " + Float.isNaN(fnan));
        System.out.println(nan + 1);
        System.out.println(nan * 0);
        System.out.println(Math.sqrt(-1));
        System.out.println(Double.NaN == Double.NaN);
        System.out.println(Math.max(nan, 1.0) + " " + Math.min(1.0, nan));
        double x = nan;
        System.out.println(x > 0 ? "pos" : x <= 0 ? "nonpos" : "neither");
        System.out.println(Double.compare(nan, 1.0) + " " + Double.compare(nan, nan));
    }
}
// expect: NaN
// expect: NaN
// expect: false
// expect: true
// expect: false
// expect: true
// expect: true true
// expect: NaN
// expect: NaN
// expect: NaN
// expect: false
// expect: NaN NaN
// expect: neither
// expect: 1 0
