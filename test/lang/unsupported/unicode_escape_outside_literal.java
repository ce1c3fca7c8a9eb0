// Unicode escapes outside string and char literals (JLS 3.3 allows them anywhere) are outside the
// subset; inside literals they work (see chars/escapes_and_unicode.java).
// expect-error: RF1003 @6 "unicode escapes"
class Main {
    public static void main(String[] args) {
        int \u0061bc = 5;
        System.out.println(abc);
    }
}
