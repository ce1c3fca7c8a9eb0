// Alternatives of a multi-catch cannot be subclasses of each other.
// expect-error: RF2036 @7
class Main {
    public static void main(String[] args) {
        try {
            System.out.println(args[0]);
        } catch (ArrayIndexOutOfBoundsException | RuntimeException e) {
            System.out.println("caught");
        }
    }
}
