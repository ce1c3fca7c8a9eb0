// continue may only name a loop label.
// expect-error: RF3011 @7
class Main {
    public static void main(String[] args) {
        block: {
            for (int i = 0; i < 3; i++) {
                if (i == 1) continue block;
            }
        }
    }
}
