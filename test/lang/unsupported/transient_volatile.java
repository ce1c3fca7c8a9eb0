// transient and volatile fields are outside the subset (no serialization, no threads).
// expect-error: RF1003 @5 "volatile"
class Main {
    static int ok;
    static volatile boolean flag;
    public static void main(String[] args) {
        System.out.println(flag);
    }
}
