// byte, short and char wrap when narrowed by a cast or compound assignment.
class Main {
    public static void main(String[] args) {
        byte b = 127;
        b++;
        System.out.println(b);
        b = (byte) 255;
        System.out.println(b);
        b = (byte) 128;
        System.out.println(b);
        short s = Short.MAX_VALUE;
        s += 1;
        System.out.println(s);
        s = (short) 70000;
        System.out.println(s);
        char c = 0;
        c--;
        System.out.println((int) c);
        c = (char) -1;
        System.out.println((int) c);
        c = (char) 65601;
        System.out.println(c);
        System.out.println((byte) 0x1ff + " " + (short) 0x18000 + " " + (int) 0x1_0000_0001L);
        System.out.println(Byte.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Short.MIN_VALUE);
    }
}
// expect: -128
// expect: -1
// expect: -128
// expect: -32768
// expect: 4464
// expect: 65535
// expect: 65535
// expect: A
// expect: -1 -32768 1
// expect: 127 -128 -32768
