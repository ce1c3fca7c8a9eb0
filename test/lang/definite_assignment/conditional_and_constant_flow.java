// Definite assignment through && / || / ! / ?: (JLS 16.1), if (false) bodies that are allowed
// though never run, and while (true) loops left by break or return.
class Main {
    static final boolean DEBUG = false;
    static int viaAnd(int k) {
        int x;
        if (k > 0 && (x = k * 2) > 5) return x;
        return -1;
    }
    static int viaOr(int k) {
        int x;
        if (k < 0 || (x = k + 1) < 0) return 0;
        return x;
    }
    static int viaNot(boolean f) {
        int x;
        if (!(f && (x = 7) == 7)) return 0;
        return x;
    }
    static int viaTernary(boolean f) {
        int x;
        boolean ok = f ? (x = 1) == 1 : (x = 2) == 2;
        return ok ? x : -x;
    }
    static int loopReturn() {
        int i = 0;
        while (true) {
            if (i * i > 50) return i;
            i++;
        }
    }
    public static void main(String[] args) {
        if (DEBUG) System.out.println("debug is off, never printed");
        if (false) { System.out.println("never"); }
        System.out.println(viaAnd(1) + " " + viaAnd(4) + " " + viaOr(-3) + " " + viaOr(9));
        System.out.println(viaNot(true) + " " + viaNot(false) + " " + viaTernary(true) + " " + viaTernary(false));
        System.out.println(loopReturn());
        final int y;
        if (args.length > 5) { y = 1; } else { y = 2; }
        System.out.println(y);
    }
}
// expect: -1 8 0 10
// expect: 7 0 1 2
// expect: 8
// expect: 2
