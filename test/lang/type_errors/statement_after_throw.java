// A statement after throw is unreachable.
// expect-error: RF3003 @6
class Main {
    public static void main(String[] args) {
        throw new RuntimeException("stop");
        System.out.println("never");
    }
}
