// Numeric narrowing and widening casts between all primitive types (JLS 5.1.2, 5.1.3).
class Main {
    public static void main(String[] args) {
        long big = 0x1234_5678_9ABC_DEF0L;
        System.out.println((int) big);
        System.out.println((short) big);
        System.out.println((byte) big);
        System.out.println((int) (char) big);
        int i = -1;
        System.out.println((long) i + " " + (char) i + "|" + (int) (char) i + " " + (short) i);
        System.out.println((float) 16777217 + " " + (double) 16777217);
        System.out.println((long) (float) 123456789L + " " + (double) 123456789123L);
        System.out.println((int) 'x' + " " + (char) 120 + " " + (byte) 'x');
        System.out.println((long) 3.7f + " " + (int) -3.7f + " " + (short) 32768.0);
        System.out.println((double) (float) 0.1);
        System.out.println((int) (byte) 200 + " " + (int) (short) 40000 + " " + (int) (char) -1);
        double d = 1e300;
        System.out.println((float) d + " " + (float) -d + " " + (float) 1e-300);
    }
}
// expect: -1698898192
// expect: -8464
// expect: -16
// expect: 57072
// expect: -1 ￿|65535 -1
// expect: 1.6777216E7 1.6777217E7
// expect: 123456792 1.23456789123E11
// expect: 120 x 120
// expect: 3 -3 -32768
// expect: 0.10000000149011612
// expect: -56 -25536 65535
// expect: Infinity -Infinity 0.0
