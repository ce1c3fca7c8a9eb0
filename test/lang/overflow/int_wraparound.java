// int arithmetic wraps around in 32-bit two's complement (JLS 15.18.2, 15.17.1).
class Main {
    public static void main(String[] args) {
        int max = Integer.MAX_VALUE, min = Integer.MIN_VALUE;
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 2);
        System.out.println(max * max);
        System.out.println(-min);
        System.out.println(min * -1);
        System.out.println(Math.abs(min));
        System.out.println(123456789 * 987654321);
        System.out.println(46341 * 46341);
        int x = max;
        x++;
        System.out.println(x);
        x += max;
        System.out.println(x);
    }
}
// expect: -2147483648
// expect: 2147483647
// expect: -2
// expect: 1
// expect: -2147483648
// expect: -2147483648
// expect: -2147483648
// expect: -67153019
// expect: -2147479015
// expect: -2147483648
// expect: -1
