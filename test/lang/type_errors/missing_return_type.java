// A method without a return type (not named like the class) is an error.
// expect-error: RF1002 @4
class Main {
    static compute() { return 1; }
    public static void main(String[] args) {
        System.out.println(compute());
    }
}
