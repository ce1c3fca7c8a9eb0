// Common bit manipulation idioms, compared against the Integer/Long helpers.
class Main {
    static int popcount(int x) {
        int n = 0;
        while (x != 0) { x &= x - 1; n++; }
        return n;
    }
    static boolean powerOfTwo(long x) { return x > 0 && (x & (x - 1)) == 0; }
    public static void main(String[] args) {
        int[] vals = { 0, 1, 7, 255, -1, 0x12345678, Integer.MIN_VALUE };
        for (int v : vals) {
            System.out.println(v + " pop=" + popcount(v) + " lowest=" + (v & -v)
                + " hex=" + Integer.toHexString(v) + " bin=" + Integer.toBinaryString(v >>> 24));
        }
        System.out.println(powerOfTwo(1024) + " " + powerOfTwo(1000) + " " + powerOfTwo(1L << 62));
        int x = 0b1011;
        System.out.println((x | (1 << 4)) + " " + (x & ~(1 << 1)) + " " + (x ^ 0xF));
        System.out.println(Long.toHexString(-1L >>> 4) + " " + Long.toBinaryString(5L));
    }
}
// expect: 0 pop=0 lowest=0 hex=0 bin=0
// expect: 1 pop=1 lowest=1 hex=1 bin=0
// expect: 7 pop=3 lowest=1 hex=7 bin=0
// expect: 255 pop=8 lowest=1 hex=ff bin=0
// expect: -1 pop=32 lowest=1 hex=ffffffff bin=11111111
// expect: 305419896 pop=13 lowest=8 hex=12345678 bin=10010
// expect: -2147483648 pop=1 lowest=-2147483648 hex=80000000 bin=10000000
// expect: true false true
// expect: 27 9 4
// expect: fffffffffffffff 101
