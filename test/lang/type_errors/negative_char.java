// A negative constant does not fit in a char.
// expect-error: RF2003 @5
class Main {
    public static void main(String[] args) {
        char c = -1;
        System.out.println(c);
    }
}
