// Local classes declared inside a method are outside the subset.
// expect-error: RF1003 @5 "local classes"
class Main {
    public static void main(String[] args) {
        class Local { int v() { return 5; } }
        System.out.println(new Local().v());
    }
}
