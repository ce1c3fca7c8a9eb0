// Code generator end-to-end program: finally blocks that complete abruptly (continue, break,
// throw) override the pending outcome; nested try/finally across labeled continue and return.
class Main {
    static StringBuilder log = new StringBuilder();
    @SuppressWarnings("finally")
    static int a() {
        int i = 0;
        for (; i < 3; i++) {
            try { throw new RuntimeException("x" + i); } finally { log.append("c").append(i); continue; }
        }
        return i;
    }
    @SuppressWarnings("finally")
    static String b() {
        while (true) {
            try {
                try { return "inner"; } finally { log.append("[f1]"); }
            } finally { log.append("[f2]"); break; }
        }
        return "broke";
    }
    static int c() {
        int x = 1;
        try { return x; } finally { x = 99; log.append("x=" + x); }
    }
    static long d(long v) {
        try {
            if (v > 0) throw new IllegalArgumentException("pos");
            return v;
        } catch (IllegalArgumentException e) {
            try { throw new IllegalStateException("again"); }
            catch (IllegalStateException e2) { return -v; }
            finally { log.append("{in}"); }
        } finally { log.append("{out}"); }
    }
    static void e() {
        try {
            try { throw new RuntimeException("first"); }
            finally { log.append("E"); if (log.length() > 0) throw new IllegalStateException("second"); }
        } catch (IllegalStateException ex) { log.append(ex.getMessage()); }
    }
    static int f(int n) {
        int r = 0;
        outer:
        for (int i = 0; i < n; i++) {
            try {
                for (int j = 0; j < n; j++) {
                    try {
                        if (j == i) continue outer;
                        r += j;
                    } finally { r += 100; }
                }
            } finally { r += 10000; }
        }
        return r;
    }
    static double g(double v) {
        try { return v / 0; } finally { log.append("g"); }
    }
    public static void main(String[] args) {
        System.out.println(a() + " " + log); log.setLength(0);
        System.out.println(b() + " " + log); log.setLength(0);
        System.out.println(c() + " " + log); log.setLength(0);
        System.out.println(d(5) + " " + d(-3) + " " + log); log.setLength(0);
        e(); System.out.println(log); log.setLength(0);
        System.out.println(f(3));
        System.out.println(g(-1) + " " + log);
    }
}

// Expected output recorded from JDK 17.
// expect: 3 c0c1c2
// expect: broke [f1][f2]
// expect: 1 x=99
// expect: -5 -3 {in}{out}{out}
// expect: Esecond
// expect: 30601
// expect: -Infinity g
