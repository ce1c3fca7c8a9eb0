// A labeled continue starts the next iteration of the outer loop (running its update).
class Main {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (j > i) continue outer;
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println();
        int primes = 0;
        next:
        for (int n = 2; n < 50; n++) {
            for (int d = 2; d < n; d++) if (n % d == 0) continue next;
            primes++;
        }
        System.out.println(primes);
        int i = 0;
        loop:
        while (i < 5) {
            i++;
            int j = 0;
            while (true) {
                j++;
                if (j > 2) continue loop;
                if (i == 4) break loop;
                System.out.print("(" + i + "," + j + ")");
            }
        }
        System.out.println(" i=" + i);
    }
}
// expect: 00 10 11 20 21 22 30 31 32 33 
// expect: 15
// expect: (1,1)(1,2)(2,1)(2,2)(3,1)(3,2) i=4
