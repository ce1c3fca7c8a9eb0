// Left-associative chains mixing variables and constants must not be re-associated when folding
// constants: x - 'a' + 10 is (x - 'a') + 10, never x - ('a' + 10) (JLS 15.7.3, 15.18).
class Main {
    public static void main(String[] args) {
        int x = args.length + 102;
        char c = 'f';
        System.out.println(x - 'a' + 10);
        System.out.println(c - 'a' + 10);
        System.out.println((char) ('a' - 10 + x - 100));
        System.out.println(x - 1 + 2);
        System.out.println(10 - x + 3);
        System.out.println(x - 5 - 5);
        System.out.println(x * 2 / 4 + " " + x / 4 * 4 + " " + x % 10 * 3);
        System.out.println(x - -1 + 1);
        long l = x;
        System.out.println(l - 1L - 1 + 0x10);
        double d = x;
        System.out.println(d - 0.5 + 0.25 + " " + (d / 2 * 3));
        String s = "s";
        System.out.println(x + 1 + s + x + 1);
        System.out.println(1 + 2 + s + 1 + 2);
        System.out.println(s + 'a' + 1 + x);
        System.out.println(x << 1 + 1);
        System.out.println((x & 0xF0) + 1 - 1);
        System.out.println(x - (1 + 2) + (3 - 4));
        int y = 7;
        y = y - 3 + 1;
        System.out.println(y);
    }
}
// expect: 15
// expect: 15
// expect: Y
// expect: 103
// expect: -89
// expect: 92
// expect: 51 100 6
// expect: 104
// expect: 116
// expect: 101.75 153.0
// expect: 103s1021
// expect: 3s12
// expect: sa1102
// expect: 408
// expect: 96
// expect: 98
// expect: 5
