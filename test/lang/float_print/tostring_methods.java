// Double.toString, Float.toString, String.valueOf and concatenation all agree on the digits.
class Main {
    public static void main(String[] args) {
        double d = 1.0 / 7;
        float f = 1.0f / 7;
        System.out.println(Double.toString(d));
        System.out.println(Float.toString(f));
        System.out.println(String.valueOf(d));
        System.out.println(String.valueOf(f));
        System.out.println("" + d + " " + f);
        System.out.println(Double.toString(100));
        System.out.println(Double.toString(-1e-5));
        System.out.println(Float.toString(1e-5f));
        System.out.println(Double.MAX_VALUE + " " + Double.MIN_VALUE);
        System.out.println(Double.POSITIVE_INFINITY + " " + Float.NEGATIVE_INFINITY + " " + Double.NaN);
        StringBuilder sb = new StringBuilder();
        sb.append(0.25).append(' ').append(0.25f).append(' ').append(1e-10);
        System.out.println(sb);
    }
}
// expect: 0.14285714285714285
// expect: 0.14285715
// expect: 0.14285714285714285
// expect: 0.14285715
// expect: 0.14285714285714285 0.14285715
// expect: 100.0
// expect: -1.0E-5
// expect: 1.0E-5
// expect: 1.7976931348623157E308 4.9E-324
// expect: Infinity -Infinity NaN
// expect: 0.25 0.25 1.0E-10
