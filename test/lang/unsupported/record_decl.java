// Records are outside the subset.
// expect-error: RF1003 @3 "records"
record Point(int x, int y) {}
class Main {
    public static void main(String[] args) {
        System.out.println(new Point(1, 2).x());
    }
}
