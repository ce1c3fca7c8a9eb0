// A blank final assigned inside a loop body might be assigned more than once.
// expect-error: RF3005 @7
class Main {
    public static void main(String[] args) {
        final int x;
        for (int i = 0; i < 3; i++) {
            x = i;
        }
    }
}
