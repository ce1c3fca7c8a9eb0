// Increments inside loop headers and conditions.
class Main {
    public static void main(String[] args) {
        int n = 0;
        while (n++ < 3) System.out.print(n + " ");
        System.out.println("| " + n);
        int m = 3;
        while (--m > 0) System.out.print(m + " ");
        System.out.println("| " + m);
        int count = 0;
        for (int i = 0, j = 10; i < j; i += 2, j--) count++;
        System.out.println(count);
        char c = 'a';
        do { System.out.print(c); } while (c++ < 'd');
        System.out.println();
    }
}
// expect: 1 2 3 | 4
// expect: 2 1 | 0
// expect: 4
// expect: abcd
