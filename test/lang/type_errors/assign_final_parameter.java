// A final parameter cannot be assigned.
// expect-error: RF2034 @5
class Main {
    static int f(final int x) {
        x = x + 1;
        return x;
    }
    public static void main(String[] args) {
        System.out.println(f(1));
    }
}
