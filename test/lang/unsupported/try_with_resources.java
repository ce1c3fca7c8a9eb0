// try-with-resources is outside the subset.
// expect-error: RF1003 @8 "try-with-resources"
class Res implements AutoCloseable {
    public void close() { System.out.println("closed"); }
}
class Main {
    public static void main(String[] args) {
        try (Res r = new Res()) {
            System.out.println("body");
        }
    }
}
