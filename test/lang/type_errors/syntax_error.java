// A missing semicolon is a syntax error.
// expect-error: RF1002 @5
class Main {
    public static void main(String[] args) {
        int x = 1
        System.out.println(x);
    }
}
