// Overflow to infinity, arithmetic on infinities, and the IEEE results that are NaN.
class Main {
    public static void main(String[] args) {
        double inf = 1.0 / 0;
        System.out.println(inf);
        System.out.println(-inf);
        System.out.println(Double.MAX_VALUE * 2);
        System.out.println(-Double.MAX_VALUE * 2);
        System.out.println(Float.MAX_VALUE * 2f);
        System.out.println(inf + 1);
        System.out.println(inf - inf);
        System.out.println(inf * 0);
        System.out.println(inf / inf);
        System.out.println(1 / inf);
        System.out.println(-1 / inf);
        System.out.println(inf == Double.POSITIVE_INFINITY);
        System.out.println(inf > Double.MAX_VALUE);
        System.out.println(Double.isInfinite(-inf) + " " + Double.isInfinite(1e308));
        System.out.println(Math.exp(1000) + " " + Math.log(0));
        System.out.println(1e308 * 10 + " " + 1e-320 / 1e10);
        float f = 1e38f;
        f *= 10;
        System.out.println(f);
    }
}
// expect: Infinity
// expect: -Infinity
// expect: Infinity
// expect: -Infinity
// expect: Infinity
// expect: Infinity
// expect: NaN
// expect: NaN
// expect: NaN
// expect: 0.0
// expect: -0.0
// expect: true
// expect: true
// expect: true false
// expect: Infinity -Infinity
// expect: Infinity 0.0
// expect: Infinity
