// System.nanoTime never goes backwards and System.currentTimeMillis is non-negative; the values
// themselves differ run to run, so only these properties are printed.
class Main {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < 1000; i++) sum += i;
        long t1 = System.nanoTime();
        long ms = System.currentTimeMillis();
        System.out.println(sum + " " + (t1 >= t0) + " " + (ms >= 0));
        long prev = System.nanoTime();
        boolean monotonic = true;
        for (int i = 0; i < 100; i++) {
            long now = System.nanoTime();
            if (now < prev) monotonic = false;
            prev = now;
        }
        System.out.println(monotonic);
    }
}
// expect: 499500 true true
// expect: true
