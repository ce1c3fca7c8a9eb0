// >> copies the sign bit; >>> shifts in zeros; on byte/short/char the operand is promoted first.
class Main {
    public static void main(String[] args) {
        int neg = -16;
        System.out.println(neg >> 2);
        System.out.println(neg >>> 2);
        System.out.println(neg >>> 28);
        System.out.println(-1 >>> 0);
        System.out.println(-1 >>> 31);
        System.out.println(-1L >>> 1);
        System.out.println(-1L >> 63);
        System.out.println(Long.MIN_VALUE >>> 63);
        byte b = -8;
        System.out.println(b >>> 1);
        System.out.println((byte) (b >>> 1));
        b >>>= 1;
        System.out.println(b);
        char c = '\uffff';
        System.out.println(c >> 4);
        short s = -1;
        s >>>= 10;
        System.out.println(s);
        System.out.println(Integer.MIN_VALUE >> 31);
        System.out.println(Integer.MIN_VALUE >>> 31);
    }
}
// expect: -4
// expect: 1073741820
// expect: 15
// expect: -1
// expect: 1
// expect: 9223372036854775807
// expect: -1
// expect: 1
// expect: 2147483644
// expect: -4
// expect: -4
// expect: 4095
// expect: -1
// expect: -1
// expect: 1
