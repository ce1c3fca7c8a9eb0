// Golden: finally inlined on normal exit, break, continue and return (value in a temporary),
// a catch-any handler that rethrows, and handler ranges with gaps around inlined copies.
class Finally {
    static void fin() {}
    static int loop(int[] xs) {
        int total = 0;
        for (int x : xs) {
            try {
                if (x < 0) break;
                if (x == 0) continue;
                if (x > 100) return -1;
                total += x;
            } catch (IllegalStateException | IllegalArgumentException e) {
                total = 0;
            } finally {
                fin();
            }
        }
        return total;
    }
}
