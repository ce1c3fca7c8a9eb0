// A non-void method must not be able to complete normally.
// expect-error: RF3002 @7
class Main {
    static int sign(int x) {
        if (x > 0) return 1;
        else if (x < 0) return -1;
    }
    public static void main(String[] args) {
        System.out.println(sign(3));
    }
}
