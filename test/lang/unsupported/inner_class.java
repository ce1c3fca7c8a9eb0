// Inner (non-static member) classes are outside the subset.
// expect-error: RF1003 @4 "classes"
class Main {
    class Inner { int v = 3; }
    public static void main(String[] args) {
        Main m = new Main();
        System.out.println(m.new Inner().v);
    }
}
