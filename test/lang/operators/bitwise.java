// Bitwise &, |, ^, ~ on int and long, including negative operands.
class Main {
    public static void main(String[] args) {
        int a = 0b1100_1010, b = 0x0F;
        System.out.println(a & b);
        System.out.println(a | b);
        System.out.println(a ^ b);
        System.out.println(~a);
        System.out.println(~0);
        System.out.println(-1 & 0xFF);
        System.out.println(0x80000000 | 1);
        long m = 0xFFFF_0000_FFFF_0000L;
        System.out.println(m & 0x0F0F_0F0F_0F0F_0F0FL);
        System.out.println(m ^ -1L);
        System.out.println(~m);
        System.out.println(5 & 3L);
        System.out.println(Integer.toBinaryString(a ^ ~b));
        System.out.println(077 + " " + 0x7fffffff + " " + 0b1L);
    }
}
// expect: 10
// expect: 207
// expect: 197
// expect: -203
// expect: -1
// expect: 255
// expect: -2147483647
// expect: 1085086035472220160
// expect: 281470681808895
// expect: 281470681808895
// expect: 1
// expect: 11111111111111111111111100111010
// expect: 63 2147483647 1
