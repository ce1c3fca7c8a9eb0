// System.exit from several frames down stops everything with the given status.
class Main {
    static void check(int depth) {
        if (depth == 0) {
            System.out.println("exiting from the bottom");
            System.exit(7);
        }
        check(depth - 1);
        System.out.println("unwound " + depth);
    }
    public static void main(String[] args) {
        check(5);
    }
}
// expect: exiting from the bottom
// expect-exit: 7
