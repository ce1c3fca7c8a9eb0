// Double and Float helpers: parse, valueOf, toString, isNaN, isInfinite, MAX/MIN_VALUE, compare.
class Main {
    public static void main(String[] args) {
        System.out.println(Double.parseDouble("3.25") * 2);
        System.out.println(Double.valueOf("1e3").doubleValue() + " " + Double.valueOf(2.5));
        System.out.println(Double.toString(0.1 * 3) + " " + Float.toString(0.1f * 3));
        System.out.println(Double.isNaN(0.0 / 0) + " " + Double.isInfinite(1 / 0.0) + " " + Double.isNaN(1.0));
        System.out.println(Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Float.MAX_VALUE + " " + Float.MIN_VALUE);
        System.out.println(Double.compare(1.0, 2.0) + " " + Double.compare(0.0, -0.0) + " " + Float.compare(1f, 1f));
        System.out.println(Float.parseFloat("1.1") + " " + Float.valueOf(2.5f) + " " + (double) Float.parseFloat("1.1"));
        Double d = Double.valueOf(Double.NaN);
        System.out.println(d.isNaN() + " " + d.equals(Double.valueOf(Double.NaN)));
        System.out.println(Double.valueOf(0.0).equals(Double.valueOf(-0.0)));
        try {
            Double.parseDouble("abc");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
    }
}
// expect: 6.5
// expect: 1000.0 2.5
// expect: 0.30000000000000004 0.3
// expect: true true false
// expect: 1.7976931348623157E308 4.9E-324 3.4028235E38 1.4E-45
// expect: -1 1 0
// expect: 1.1 2.5 1.100000023841858
// expect: true true
// expect: false
// expect: For input string: "abc"
