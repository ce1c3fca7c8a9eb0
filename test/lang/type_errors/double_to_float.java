// A double literal does not fit a float variable without a cast or f suffix.
// expect-error: RF2003 @5
class Main {
    public static void main(String[] args) {
        float f = 1.5;
        System.out.println(f);
    }
}
