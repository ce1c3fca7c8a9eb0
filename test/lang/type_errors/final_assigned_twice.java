// A final local may be assigned only once.
// expect-error: RF3004 @7
class Main {
    public static void main(String[] args) {
        final int x;
        x = 1;
        x = 2;
        System.out.println(x);
    }
}
