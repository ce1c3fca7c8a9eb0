// A local variable is not definitely assigned inside its own initializer.
// expect-error: RF3001 @5
class Main {
    public static void main(String[] args) {
        int x = x + 1;
        System.out.println(x);
    }
}
