// Integer.MIN_VALUE / -1 overflows to MIN_VALUE without an exception, and % -1 is 0 (JLS 15.17.2).
class Main {
    public static void main(String[] args) {
        int min = Integer.MIN_VALUE;
        int m1 = -1;
        System.out.println(min / m1);
        System.out.println(min % m1);
        long lmin = Long.MIN_VALUE;
        long lm1 = -1;
        System.out.println(lmin / lm1);
        System.out.println(lmin % lm1);
        System.out.println(Integer.MIN_VALUE / -1);
        System.out.println(min / 2 + " " + min % 3);
    }
}
// expect: -2147483648
// expect: 0
// expect: -9223372036854775808
// expect: 0
// expect: -2147483648
// expect: -1073741824 -2
