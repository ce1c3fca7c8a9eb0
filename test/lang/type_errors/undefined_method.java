// Calling a method that does not exist is an error.
// expect-error: RF2001 @5
class Main {
    public static void main(String[] args) {
        System.out.println(missing(3));
    }
}
