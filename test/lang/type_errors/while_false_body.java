// The body of while (false) is unreachable (JLS 14.22), unlike the body of if (false).
// expect-error: RF3003 @5
class Main {
    public static void main(String[] args) {
        while (false) {
            System.out.println("never");
        }
    }
}
