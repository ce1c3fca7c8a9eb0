// The conditional operator: only the chosen branch is evaluated; numeric branches are promoted.
class Main {
    static int calls;
    static int side(int v) { calls++; return v; }
    public static void main(String[] args) {
        int x = 5;
        System.out.println(x > 3 ? "big" : "small");
        System.out.println(x > 3 ? side(1) : side(2));
        System.out.println(calls);
        System.out.println(true ? 1 : 2.0);
        System.out.println(false ? 1 : 'a');
        System.out.println(true ? 'b' : 0);
        long big = x < 0 ? 1 : 10000000000L;
        System.out.println(big);
        String s = x == 5 ? null : "no";
        System.out.println(s);
        int sign = x > 0 ? 1 : x < 0 ? -1 : 0;
        System.out.println(sign);
        System.out.println(x % 2 == 0 ? "even" : x % 3 == 0 ? "three" : "odd");
    }
}
// expect: big
// expect: 1
// expect: 1
// expect: 1.0
// expect: a
// expect: b
// expect: 10000000000
// expect: null
// expect: 1
// expect: odd
