// A label cannot be reused by a statement nested inside the statement it labels.
// expect-error: RF2037 @6
class Main {
    public static void main(String[] args) {
        loop: for (int i = 0; i < 2; i++) {
            loop: for (int j = 0; j < 2; j++) {
                break loop;
            }
        }
    }
}
