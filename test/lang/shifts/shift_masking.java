// Shift distances are masked: int shifts use the low 5 bits, long shifts the low 6 (JLS 15.19).
class Main {
    public static void main(String[] args) {
        int one = 1;
        System.out.println(one << 31);
        System.out.println(one << 32);
        System.out.println(one << 33);
        System.out.println(one << -1);
        System.out.println(8 >> 35);
        long lone = 1L;
        System.out.println(lone << 63);
        System.out.println(lone << 64);
        System.out.println(lone << 65);
        System.out.println(lone << -1);
        int dist = 40;
        System.out.println(0xFF << dist);
        System.out.println(0xFFL << dist);
        System.out.println(1 << 40L);
    }
}
// expect: -2147483648
// expect: 1
// expect: 2
// expect: -2147483648
// expect: 1
// expect: -9223372036854775808
// expect: 1
// expect: 2
// expect: -9223372036854775808
// expect: 65280
// expect: 280375465082880
// expect: 256
