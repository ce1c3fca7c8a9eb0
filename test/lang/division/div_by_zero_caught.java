// Integer / and % by zero throw ArithmeticException "/ by zero"; floating division does not.
class Main {
    static int div(int a, int b) { return a / b; }
    public static void main(String[] args) {
        try {
            System.out.println(div(1, 0));
        } catch (ArithmeticException e) {
            System.out.println("caught: " + e.getMessage());
        }
        try {
            long z = 0;
            System.out.println(5L % z);
        } catch (ArithmeticException e) {
            System.out.println("caught long: " + e.getMessage());
        }
        int zero = 0;
        try {
            int r = 10;
            r /= zero;
            System.out.println(r);
        } catch (ArithmeticException e) {
            System.out.println("compound: " + e);
        }
        System.out.println(1.0 / zero);
        System.out.println(-1.0 / zero);
        System.out.println(0.0 / zero);
        System.out.println(1 / 0.0f);
    }
}
// expect: caught: / by zero
// expect: caught long: / by zero
// expect: compound: java.lang.ArithmeticException: / by zero
// expect: Infinity
// expect: -Infinity
// expect: NaN
// expect: Infinity
