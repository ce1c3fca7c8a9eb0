// System.exit(n) ends the program immediately with status n; later statements do not run.
class Main {
    public static void main(String[] args) {
        System.out.println("about to exit");
        System.exit(3);
        System.out.println("not printed");
    }
}
// expect: about to exit
// expect-exit: 3
