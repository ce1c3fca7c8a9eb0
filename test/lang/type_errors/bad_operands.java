// Arithmetic on a boolean is an error.
// expect-error: RF2008 @6
class Main {
    public static void main(String[] args) {
        boolean b = true;
        int x = b + 1;
        System.out.println(x);
    }
}
