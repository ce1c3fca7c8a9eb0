// System.exit(0) is a normal exit even with work left to do.
class Main {
    public static void main(String[] args) {
        for (int i = 0; i < 10; i++) {
            System.out.println(i);
            if (i == 2) System.exit(0);
        }
    }
}
// expect: 0
// expect: 1
// expect: 2
