// A package-private class cannot be used from another package.
// expect-error: RF2007 @3
import lib.Hidden;

class Main {
    public static void main(String[] args) {
        System.out.println(Hidden.value());
    }
}
