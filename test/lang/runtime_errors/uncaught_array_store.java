// An uncaught ArrayStoreException.
class Main {
    public static void main(String[] args) {
        Object[] arr = new String[1];
        arr[0] = new StringBuilder("no");
        System.out.println("unreachable");
    }
}
// expect-runtime-error: java.lang.ArrayStoreException
