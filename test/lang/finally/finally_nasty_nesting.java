// finally blocks that themselves contain try/catch, loops with break/continue, and returns,
// nested inside catch blocks and loops: each exit path runs every enclosing finally exactly once.
class Main {
    static int runs;
    static StringBuilder log = new StringBuilder();
    static int a() {
        try {
            return 1;
        } finally {
            try {
                throw new IllegalStateException("inside finally");
            } catch (IllegalStateException e) {
                log.append("caught-in-finally;");
            }
            for (int i = 0; i < 5; i++) {
                if (i == 1) continue;
                if (i == 3) break;
                log.append("f-loop").append(i).append(';');
            }
        }
    }
    static int b() {
        int total = 0;
        for (int i = 0; i < 4; i++) {
            try {
                try {
                    if (i == 2) throw new RuntimeException("two");
                    total += i;
                } finally {
                    runs++;
                    if (i == 3) return total * 100;
                }
            } catch (RuntimeException e) {
                try {
                    total += 10;
                    continue;
                } finally {
                    runs++;
                }
            } finally {
                runs++;
            }
            total += 1000;
        }
        return -1;
    }
    static String c() {
        try {
            try {
                throw new IllegalArgumentException("inner");
            } finally {
                log.append("inner-finally;");
            }
        } catch (IllegalArgumentException e) {
            try {
                return "from catch: " + e.getMessage();
            } finally {
                log.append("catch-finally;");
            }
        } finally {
            log.append("outer-finally;");
        }
    }
    public static void main(String[] args) {
        System.out.println(a() + " " + log);
        log = new StringBuilder();
        System.out.println(b() + " runs=" + runs);
        System.out.println(c() + " " + log);
    }
}
// expect: 1 caught-in-finally;f-loop0;f-loop2;
// expect: 201400 runs=9
// expect: from catch: inner inner-finally;catch-finally;outer-finally;
