// Where exceptions happen relative to operand evaluation (JLS 15.7, 15.13.1, 15.26.1-2): a simple
// array assignment evaluates the right-hand side before the null/bounds check; a compound one
// fails before it; a throwing argument stops later arguments from being evaluated.
class Main {
    static String log = "";
    static int idx(int i) { log += "idx" + i + " "; return i; }
    static int val(int v) { log += "val" + v + " "; return v; }
    static int boom() { log += "boom "; throw new IllegalStateException("boom"); }
    static int three(int a, int b, int c) { return a + b + c; }
    static void report(String what, RuntimeException e) {
        System.out.println(what + ": " + e.getClass().getSimpleName() + " after [" + log.trim() + "]");
        log = "";
    }
    public static void main(String[] args) {
        int[] nul = null;
        int[] one = new int[1];
        try { nul[idx(0)] = val(1); } catch (RuntimeException e) { report("null store", e); }
        try { one[idx(5)] = val(2); } catch (RuntimeException e) { report("bounds store", e); }
        try { one[idx(7)] += val(3); } catch (RuntimeException e) { report("bounds compound", e); }
        try { nul[idx(0)] += val(4); } catch (RuntimeException e) { report("null compound", e); }
        try { three(val(1), boom(), val(3)); } catch (RuntimeException e) { report("argument", e); }
        try { int x = val(10) / (val(0) - 0) + val(99); } catch (RuntimeException e) { report("division", e); }
        try { String s = "a" + val(1) + boom() + val(2); } catch (RuntimeException e) { report("concat", e); }
        int i = 0;
        try { one[i = 3] = i; } catch (RuntimeException e) { System.out.println("i after failed store: " + i); }
        int[][] grid = new int[2][];
        try { grid[idx(1)][idx(0)] = val(5); } catch (RuntimeException e) { report("null row", e); }
    }
}
// expect: null store: NullPointerException after [idx0 val1]
// expect: bounds store: ArrayIndexOutOfBoundsException after [idx5 val2]
// expect: bounds compound: ArrayIndexOutOfBoundsException after [idx7]
// expect: null compound: NullPointerException after [idx0]
// expect: argument: IllegalStateException after [val1 boom]
// expect: division: ArithmeticException after [val10 val0]
// expect: concat: IllegalStateException after [val1 boom]
// expect: i after failed store: 3
// expect: null row: NullPointerException after [idx1 idx0 val5]
