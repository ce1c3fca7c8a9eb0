// Long static helpers mirror Integer's for 64-bit values.
class Main {
    public static void main(String[] args) {
        System.out.println(Long.parseLong("9223372036854775807") + " " + Long.parseLong("-9223372036854775808"));
        System.out.println(Long.parseLong("7fffffff", 16) + " " + Long.toString(-255L, 16) + " " + Long.toString(1L << 40, 36));
        System.out.println(Long.toBinaryString(5L) + " " + Long.toHexString(-1L) + " " + Long.toHexString(255L));
        System.out.println(Long.MAX_VALUE + " " + Long.MIN_VALUE);
        Long boxed = Long.valueOf(123456789012L);
        System.out.println(boxed.longValue() * 2 + " " + boxed + " " + boxed.equals(Long.valueOf(123456789012L)));
        System.out.println(Long.compare(-1L, 1L) + " " + Long.valueOf(5L).intValue());
        try {
            Long.parseLong("9223372036854775808");
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
    }
}
// expect: 9223372036854775807 -9223372036854775808
// expect: 2147483647 -ff e13wu1og
// expect: 101 ffffffffffffffff ff
// expect: 9223372036854775807 -9223372036854775808
// expect: 246913578024 123456789012 true
// expect: -1 5
// expect: NFE For input string: "9223372036854775808"
