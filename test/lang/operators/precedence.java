// Operator precedence and associativity across arithmetic, shift, relational, bitwise and logical operators.
class Main {
    public static void main(String[] args) {
        int a = 6, b = 3, c = 2;
        System.out.println(a + b * c);
        System.out.println(a - b - c);
        System.out.println(a << 1 + 1);
        System.out.println((a << 1) + 1);
        System.out.println(a & b | c);
        System.out.println(a | b & c);
        System.out.println(a ^ b & c);
        System.out.println(a > b == b > c);
        System.out.println(a > b && b > c || a < 0);
        System.out.println(true || false && false);
        System.out.println(-a % 4);
        System.out.println(- -a);
        System.out.println(~-a);
        System.out.println(a + b + "x" + a + b);
        System.out.println("x" + (a + b));
        System.out.println(1 + 2 + '3');
        System.out.println("" + 1 + 2 + '3');
        int x = 1;
        x += x++ + ++x;
        System.out.println(x);
    }
}
// expect: 12
// expect: 1
// expect: 24
// expect: 13
// expect: 2
// expect: 6
// expect: 4
// expect: true
// expect: true
// expect: true
// expect: -2
// expect: 6
// expect: 5
// expect: 9x63
// expect: x9
// expect: 54
// expect: 123
// expect: 5
