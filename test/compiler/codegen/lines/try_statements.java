// Line entries of try statements as javac's Gen.genTry makes them: the jump after the try
// block and after each catch carries the statement's last line (its finally's, else its last
// catch's closing brace); the catch-any handler starts on the finally's first statement line
// and rethrows on its closing brace; a return re-marks its own line before returning.
class Main {
    static int s;
    static int id(int x) { return x; }
    static void tr() {
        try {
            s = 1;
        } finally {
            s = 2;
        }
    }
    static void tc() {
        try {
            s = id(3);
        } catch (IllegalStateException e) {
            s = 4;
        } catch (RuntimeException e) {
            s = 5;
        }
        s++;
    }
    static int tcf() {
        try {
            s = id(6);
            return s;
        } catch (RuntimeException e) {
            s = 7;
        } finally {
            s += 1;
            s += 2;
        }
        return s;
    }
    static void empty() {
        try {
        } finally {
            s = 8;
        }
        try {
            s = 9;
        } finally {
        }
    }
    static int multiLineReturn(int a) {
        return a +
            id(
              a);
    }
    static void inLoop() {
        int i = 0;
        while (i < 3) {
            try {
                i += id(1);
            } catch (RuntimeException e) {
                i = 10;
            }
        }
    }
    public static void main(String[] args) {
        tr();
        tc();
        System.out.println(tcf() + multiLineReturn(2));
        empty();
        inLoop();
    }
}
// expect: 10
