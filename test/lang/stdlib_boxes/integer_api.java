// Integer static helpers: parseInt (with radix), toString with radix, toBinaryString, toHexString,
// MIN/MAX_VALUE, valueOf and intValue, compare, equals.
class Main {
    public static void main(String[] args) {
        System.out.println(Integer.parseInt("123") + Integer.parseInt("-45") + Integer.parseInt("+6"));
        System.out.println(Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("zz", 36));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.toString(100));
        System.out.println(Integer.toBinaryString(10) + " " + Integer.toBinaryString(-1));
        System.out.println(Integer.toHexString(255) + " " + Integer.toHexString(-256) + " " + Integer.toOctalString(8));
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE);
        Integer boxed = Integer.valueOf(42);
        Integer other = Integer.valueOf("42");
        System.out.println(boxed.intValue() + 1);
        System.out.println(boxed.equals(other) + " " + boxed.toString() + " " + boxed);
        System.out.println(Integer.compare(3, 5) + " " + Integer.compare(5, 5) + " " + Integer.compare(Integer.MIN_VALUE, 1));
        System.out.println(Integer.valueOf(7).hashCode() + " " + Integer.toString(Integer.MIN_VALUE, 16));
        System.out.println(Integer.max(3, 9) + " " + Integer.min(3, 9) + " " + Integer.sum(3, 9) + " " + Integer.signum(-9));
        try {
            Integer.parseInt("12a");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Integer.parseInt("2147483648");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
    }
}
// expect: 84
// expect: 255 -10 1295
// expect: ff -11111111 100
// expect: 1010 11111111111111111111111111111111
// expect: ff ffffff00 10
// expect: 2147483647 -2147483648
// expect: 43
// expect: true 42 42
// expect: -1 0 -1
// expect: 7 -80000000
// expect: 9 3 12 -1
// expect: For input string: "12a"
// expect: For input string: "2147483648"
