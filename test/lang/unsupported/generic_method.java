// Generic methods are outside the subset.
// expect-error: RF1003
class Main {
    static <T> T first(T a, T b) { return a; }
    public static void main(String[] args) {
        System.out.println(first("a", "b"));
    }
}
