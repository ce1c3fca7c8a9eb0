// Dense case ranges at the very ends of the int range (a table switch whose bounds are
// MAX_VALUE or MIN_VALUE must not overflow while being built or searched), and chars up to \uffff.
class Main {
    static String top(int x) {
        switch (x) {
            case Integer.MAX_VALUE - 2: return "max-2";
            case Integer.MAX_VALUE - 1: return "max-1";
            case Integer.MAX_VALUE: return "max";
            default: return "other";
        }
    }
    static String bottom(int x) {
        switch (x) {
            case Integer.MIN_VALUE: return "min";
            case Integer.MIN_VALUE + 1: return "min+1";
            case Integer.MIN_VALUE + 3: return "min+3";
            default: return "other";
        }
    }
    static int high(char c) {
        switch (c) {
            case '\ufffd': return 1;
            case '\ufffe': return 2;
            case '\uffff': return 3;
            case 0: return 4;
            default: return 0;
        }
    }
    public static void main(String[] args) {
        int[] xs = {Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 2, Integer.MAX_VALUE - 3, 0, -1, Integer.MIN_VALUE};
        for (int x : xs) System.out.println(x + " " + top(x) + " " + bottom(x));
        System.out.println(bottom(Integer.MIN_VALUE + 1) + " " + bottom(Integer.MIN_VALUE + 2) + " " + bottom(Integer.MIN_VALUE + 3));
        System.out.println(high('\uffff') + " " + high('\ufffe') + " " + high('\ufffd') + " " + high('\u0000') + " " + high('a'));
    }
}
// expect: 2147483647 max other
// expect: 2147483646 max-1 other
// expect: 2147483645 max-2 other
// expect: 2147483644 other other
// expect: 0 other other
// expect: -1 other other
// expect: -2147483648 other min
// expect: min+1 other min+3
// expect: 3 2 1 4 0
