// Generic methods are outside the subset.
// expect-error: RF1003 @4 "generics"
class Main {
    static <T> T first(T a, T b) { return a; }
    public static void main(String[] args) {
        System.out.println(first("a", "b"));
    }
}
