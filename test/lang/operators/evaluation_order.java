// Operands are evaluated left to right, arguments too, and assignments return their value (JLS 15.7).
class Main {
    static int n = 0;
    static int next(String tag) { n++; System.out.println(tag + n); return n; }
    static int three(int a, int b, int c) { return a * 100 + b * 10 + c; }
    public static void main(String[] args) {
        System.out.println(next("a") - next("b") * next("c"));
        System.out.println(three(next("x"), next("y"), next("z")));
        int[] arr = new int[3];
        int i = 0;
        arr[i++] = i + 10;
        arr[i] = i = 2;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " " + i);
        int a, b, c;
        a = b = c = 7;
        System.out.println(a + b + c);
        int k = 1;
        k = k++ + k++;
        System.out.println(k);
    }
}
// expect: a1
// expect: b2
// expect: c3
// expect: -5
// expect: x4
// expect: y5
// expect: z6
// expect: 456
// expect: 11 2 0 2
// expect: 21
// expect: 3
