// A string literal must close on the same line.
// expect-error: RF1006 @5
class Main {
    public static void main(String[] args) {
        System.out.println("unclosed);
    }
}
