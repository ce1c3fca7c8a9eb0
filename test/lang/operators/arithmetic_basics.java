// Arithmetic operators on int, long and mixed operands with binary numeric promotion.
class Main {
    public static void main(String[] args) {
        int a = 17, b = 5;
        System.out.println(a + b);
        System.out.println(a - b);
        System.out.println(a * b);
        System.out.println(a / b);
        System.out.println(a % b);
        System.out.println(-a);
        System.out.println(+a);
        long l = 10000000000L;
        System.out.println(l + a);
        System.out.println(l * 3);
        System.out.println(a / 2.0);
        System.out.println(a / 2);
        System.out.println(1 + 2 * 3 - 4 / 2);
        System.out.println((1 + 2) * (3 - 4) / 2);
        System.out.println(7 - 3 - 2);
        System.out.println(64 / 4 / 2);
        byte x = 10, y = 20;
        System.out.println(x * y);
        short s = 300;
        System.out.println(s * s);
    }
}
// expect: 22
// expect: 12
// expect: 85
// expect: 3
// expect: 2
// expect: -17
// expect: 17
// expect: 10000000017
// expect: 30000000000
// expect: 8.5
// expect: 8
// expect: 5
// expect: -1
// expect: 2
// expect: 8
// expect: 200
// expect: 90000
