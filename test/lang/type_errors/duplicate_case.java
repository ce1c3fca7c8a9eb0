// Two case labels with the same value are an error.
// expect-error: RF2022 @8
class Main {
    public static void main(String[] args) {
        int x = 1;
        switch (x) {
            case 1: System.out.println("a"); break;
            case 1: System.out.println("b"); break;
        }
    }
}
