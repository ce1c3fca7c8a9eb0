// Locals in nested blocks, shadowing fields, and variables reused in sibling scopes.
class Main {
    static int x = 100;
    public static void main(String[] args) {
        System.out.println(x);
        int x = 1;
        System.out.println(x);
        System.out.println(Main.x);
        {
            int y = x + 1;
            System.out.println(y);
        }
        {
            int y = x + 2;
            System.out.println(y);
        }
        for (int i = 0; i < 2; i++) {
            int z = i * 10;
            System.out.println(z);
        }
        for (int i = 5; i < 7; i++) {
            long z = i * 100L;
            System.out.println(z);
        }
        double d;
        if (x > 0) d = 2.5; else d = -2.5;
        System.out.println(d);
    }
}
// expect: 100
// expect: 1
// expect: 100
// expect: 2
// expect: 3
// expect: 0
// expect: 10
// expect: 500
// expect: 600
// expect: 2.5
