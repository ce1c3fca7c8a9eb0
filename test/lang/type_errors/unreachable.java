// A statement after return is unreachable.
// expect-error: RF3003 @6
class Main {
    public static void main(String[] args) {
        return;
        System.out.println("never");
    }
}
