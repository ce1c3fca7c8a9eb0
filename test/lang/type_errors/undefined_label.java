// break to a label that does not enclose the statement is an error.
// expect-error: RF3010 @6
class Main {
    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            if (i == 1) break nowhere;
        }
    }
}
