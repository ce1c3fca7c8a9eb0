// Static nested classes are outside the subset too (only top-level types).
// expect-error: RF1003 @4 "nested classes"
class Main {
    static class Helper { static int v() { return 1; } }
    public static void main(String[] args) {
        System.out.println(Helper.v());
    }
}
