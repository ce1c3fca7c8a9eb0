// break outside a loop or switch is an error.
// expect-error: RF3012 @5
class Main {
    public static void main(String[] args) {
        break;
    }
}
