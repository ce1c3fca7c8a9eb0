// while, do-while and for loops, including a do-while whose body runs once with a false condition.
class Main {
    public static void main(String[] args) {
        int i = 0, sum = 0;
        while (i < 10) { sum += i; i++; }
        System.out.println(sum);
        int n = 100;
        do { n++; } while (n < 50);
        System.out.println(n);
        long p = 1;
        for (int k = 0; k < 10; k++) p *= 3;
        System.out.println(p);
        int steps = 0;
        for (long x = 27; x != 1; steps++) x = x % 2 == 0 ? x / 2 : 3 * x + 1;
        System.out.println(steps);
        int j;
        for (j = 0; j < 5; j++) ;
        System.out.println(j);
        for (;;) { if (++j > 8) break; }
        System.out.println(j);
    }
}
// expect: 45
// expect: 101
// expect: 59049
// expect: 111
// expect: 5
// expect: 9
