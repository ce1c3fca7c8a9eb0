// Nested finally blocks all run when returning from deep inside, innermost first.
class Main {
    static StringBuilder log = new StringBuilder();
    static int f(int n) {
        try {
            try {
                try {
                    if (n > 0) return n;
                    log.append("no-return;");
                } finally {
                    log.append("f1;");
                }
            } finally {
                log.append("f2;");
            }
            return -n;
        } finally {
            log.append("f3;");
        }
    }
    public static void main(String[] args) {
        System.out.println(f(5) + " " + log);
        log = new StringBuilder();
        System.out.println(f(0) + " " + log);
        outer:
        for (int i = 0; i < 3; i++) {
            try {
                for (int j = 0; j < 3; j++) {
                    try {
                        if (j == 1) continue outer;
                        System.out.println("i" + i + " j" + j);
                    } finally {
                        System.out.println("inner finally " + i + j);
                    }
                }
            } finally {
                System.out.println("outer finally " + i);
            }
        }
    }
}
// expect: 5 f1;f2;f3;
// expect: 0 no-return;f1;f2;f3;
// expect: i0 j0
// expect: inner finally 00
// expect: inner finally 01
// expect: outer finally 0
// expect: i1 j0
// expect: inner finally 10
// expect: inner finally 11
// expect: outer finally 1
// expect: i2 j0
// expect: inner finally 20
// expect: inner finally 21
// expect: outer finally 2
