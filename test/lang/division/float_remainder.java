// Floating-point % is fmod-like (truncated), with the sign of the dividend; x % 0 is NaN.
class Main {
    public static void main(String[] args) {
        System.out.println(5.5 % 2);
        System.out.println(-5.5 % 2);
        System.out.println(5.5 % -2);
        System.out.println(1.0 % 0.0);
        System.out.println(0.0 % 5);
        System.out.println(-0.0 % 5);
        System.out.println(7.0f % 2.5f);
        System.out.println(1e300 % 3);
        System.out.println(Double.POSITIVE_INFINITY % 2);
        System.out.println(3 % Double.POSITIVE_INFINITY);
        System.out.println(0.3 % 0.1);
    }
}
// expect: 1.5
// expect: -1.5
// expect: 1.5
// expect: NaN
// expect: 0.0
// expect: -0.0
// expect: 2.0
// expect: 0.0
// expect: NaN
// expect: 3.0
// expect: 0.09999999999999998
