// An uncaught exception with a cause: the report shows "Caused by:" and the shared frames elided.
class Main {
    static void load(String name) {
        try {
            Integer.parseInt(name);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot load " + name, e);
        }
    }
    public static void main(String[] args) {
        System.out.println("loading");
        load("12");
        load("twelve");
    }
}
// expect: loading
// expect-runtime-error: java.lang.IllegalArgumentException
