// Math: abs, max, min, pow, sqrt, cbrt-free helpers, floor, ceil, round, and hypot-like computations.
class Main {
    public static void main(String[] args) {
        System.out.println(Math.abs(-5) + " " + Math.abs(-5L) + " " + Math.abs(-2.5) + " " + Math.abs(-2.5f));
        System.out.println(Math.max(3, 7) + " " + Math.min(3L, 7L) + " " + Math.max(1.5, -1.5) + " " + Math.min(2f, 3f));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -1) + " " + Math.pow(0, 0) + " " + Math.pow(-8, 1.0 / 3));
        System.out.println(Math.sqrt(144) + " " + Math.sqrt(2) + " " + Math.sqrt(-0.0));
        System.out.println(Math.floor(-2.5) + " " + Math.ceil(-2.5) + " " + Math.floor(2.5) + " " + Math.ceil(2.1));
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(2.4f) + " " + Math.round(-0.5f));
        System.out.println(Math.round(1e20) + " " + Math.round(Double.NaN) + " " + Math.round(-1e20f));
        System.out.println(Math.PI + " " + Math.E);
        double h = Math.sqrt(3 * 3 + 4 * 4);
        System.out.println(h);
        System.out.println(Math.max(Integer.MIN_VALUE, -0) + " " + Math.min(-0.0, 0.0));
    }
}
// expect: 5 5 2.5 2.5
// expect: 7 3 1.5 2.0
// expect: 1024.0 0.5 1.0 NaN
// expect: 12.0 1.4142135623730951 -0.0
// expect: -3.0 -2.0 2.0 3.0
// expect: 3 -2 2 0
// expect: 9223372036854775807 0 -2147483648
// expect: 3.141592653589793 2.718281828459045
// expect: 5.0
// expect: 0 -0.0
