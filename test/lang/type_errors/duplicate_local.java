// Declaring the same local variable twice in one scope is an error.
// expect-error: RF2004 @6
class Main {
    public static void main(String[] args) {
        int x = 1;
        int x = 2;
        System.out.println(x);
    }
}
