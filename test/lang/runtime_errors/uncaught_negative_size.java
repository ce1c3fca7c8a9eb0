// An uncaught NegativeArraySizeException.
class Main {
    public static void main(String[] args) {
        int n = 3 - 4;
        char[] cs = new char[n];
        System.out.println(cs.length);
    }
}
// expect-runtime-error: java.lang.NegativeArraySizeException
