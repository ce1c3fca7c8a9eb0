// Logical not on an int is an error.
// expect-error: RF2009 @6
class Main {
    public static void main(String[] args) {
        int x = 1;
        System.out.println(!x);
    }
}
