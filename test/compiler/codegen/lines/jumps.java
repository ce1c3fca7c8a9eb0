// javac's jump chaining: a goto to the next instruction is dropped (if (false), a break at
// the end of a switch), and a jump that would land on a goto goes to its target (continue
// then break, labeled breaks out of nested blocks), so no line entry names those gotos.
class Main {
    static final boolean DEBUG = false;
    public static void main(String[] args) {
        int k = 0;
        while (true) {
            k++;
            if (k < 5) continue;
            break;
        }
        if (DEBUG) System.out.println("never");
        if (false) { System.out.println("never"); }
        int total = 0;
        a: for (int i = 0; i < 3; i++) { if (i == 1) continue a; total += i; }
        x: {
            y: {
                if (total > 5) break x;
                break y;
            }
            total += 100;
        }
        switch (k) {
            case 5:
                total++;
                break;
        }
        System.out.println(k + " " + total);
    }
}
// expect: 5 103
