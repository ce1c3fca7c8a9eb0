// Using an undeclared variable is an error.
// expect-error: RF2001 @6
class Main {
    public static void main(String[] args) {
        int x = 1;
        System.out.println(x + y);
    }
}
