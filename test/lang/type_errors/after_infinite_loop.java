// A statement after while (true) without break is unreachable (JLS 14.22).
// expect-error: RF3003 @8
class Main {
    public static void main(String[] args) {
        while (true) {
            if (args.length > 100) return;
        }
        System.out.println("never");
    }
}
