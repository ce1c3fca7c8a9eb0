// long arithmetic wraps around in 64-bit two's complement.
class Main {
    public static void main(String[] args) {
        long max = Long.MAX_VALUE, min = Long.MIN_VALUE;
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 3);
        System.out.println(-min);
        System.out.println(min / -1);
        System.out.println(min % -1);
        System.out.println(Math.abs(min));
        System.out.println(1234567890123456789L * 987654321L);
        long f = 1;
        for (int i = 1; i <= 25; i++) f *= i;
        System.out.println(f);
        System.out.println(0x7fffffffffffffffL + 0x7fffffffffffffffL);
    }
}
// expect: -9223372036854775808
// expect: 9223372036854775807
// expect: 9223372036854775805
// expect: -9223372036854775808
// expect: -9223372036854775808
// expect: 0
// expect: -9223372036854775808
// expect: -4036030183309260923
// expect: 7034535277573963776
// expect: -2
