// switch with sparse and negative labels, no default, empty switch, byte/short selectors,
// nested switch, and break inside a loop inside a switch.
class Main {
    static String sparse(int x) {
        switch (x) {
            case -1000000: return "very negative";
            case -1: return "minus one";
            case 0: return "zero";
            case 1 << 20: return "2^20";
            case Integer.MAX_VALUE: return "max";
            case Integer.MIN_VALUE: return "min";
        }
        return "none";
    }
    public static void main(String[] args) {
        int[] xs = {-1000000, -1, 0, 1 << 20, Integer.MAX_VALUE, Integer.MIN_VALUE, 7};
        for (int x : xs) System.out.println(sparse(x));
        switch (5) { }
        byte b = 2;
        switch (b) { case 2: System.out.println("byte two"); }
        short s = -3;
        switch (s) { case -3: System.out.println("short minus three"); break; default: System.out.println("?"); }
        for (int i = 0; i < 3; i++) {
            switch (i) {
                case 0:
                    for (int j = 0; j < 10; j++) { if (j == 2) break; System.out.println("inner " + j); }
                    break;
                case 1:
                    switch (i * 10) { case 10: System.out.println("nested ten"); break; }
                    continue;
                default:
                    System.out.println("default " + i);
            }
            System.out.println("end of iteration " + i);
        }
        int k = 3;
        switch (k) {
            default:
                System.out.println("default first");
                break;
            case 3: {
                int local = k * 2;
                System.out.println("block " + local);
            }
        }
    }
}
// expect: very negative
// expect: minus one
// expect: zero
// expect: 2^20
// expect: max
// expect: min
// expect: none
// expect: byte two
// expect: short minus three
// expect: inner 0
// expect: inner 1
// expect: end of iteration 0
// expect: nested ten
// expect: default 2
// expect: end of iteration 2
// expect: block 6
