// assert statements are outside the subset.
// expect-error: RF1003 @6 "assert"
class Main {
    public static void main(String[] args) {
        int x = 1;
        assert x > 0 : "positive";
        System.out.println(x);
    }
}
