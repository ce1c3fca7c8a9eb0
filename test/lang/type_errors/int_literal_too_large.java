// An int literal larger than 2147483647 is an error (JLS 3.10.1).
// expect-error: RF1004 @5
class Main {
    public static void main(String[] args) {
        int x = 2147483648;
        System.out.println(x);
    }
}
