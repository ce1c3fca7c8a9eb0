// The sieve of Eratosthenes: finds every prime below a limit with a boolean array.
//   ringfence run examples/primes/Main.java
public class Main {
    static boolean[] sieve(int limit) {
        boolean[] composite = new boolean[limit];
        for (int i = 2; (long) i * i < limit; i++) {
            if (composite[i]) continue;
            for (int j = i * i; j < limit; j += i) composite[j] = true;
        }
        return composite;
    }

    public static void main(String[] args) {
        int limit = 100000;
        boolean[] composite = sieve(limit);
        int count = 0, last = 0;
        StringBuilder first = new StringBuilder();
        for (int i = 2; i < limit; i++) {
            if (composite[i]) continue;
            count++;
            last = i;
            if (count <= 20) first.append(i).append(' ');
        }
        System.out.println("first 20: " + first.toString().trim());
        System.out.println(count + " primes below " + limit + ", the largest is " + last);
        int twins = 0;
        for (int i = 3; i + 2 < limit; i += 2) if (!composite[i] && !composite[i + 2]) twins++;
        System.out.println(twins + " twin prime pairs");
    }
}
// expect: first 20: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71
// expect: 9592 primes below 100000, the largest is 99991
// expect: 1224 twin prime pairs
