// Nested loops with early exit: trial-division primes and a sieve agree.
class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int n = 2; n < 60; n++) {
            boolean prime = true;
            for (int d = 2; d * d <= n; d++) if (n % d == 0) { prime = false; break; }
            if (prime) sb.append(n).append(' ');
        }
        System.out.println(sb.toString().trim());
        boolean[] composite = new boolean[60];
        int count = 0;
        for (int i = 2; i < 60; i++) {
            if (composite[i]) continue;
            count++;
            for (int j = i * i; j < 60; j += i) composite[j] = true;
        }
        System.out.println(count);
    }
}
// expect: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59
// expect: 17
