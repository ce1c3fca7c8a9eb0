// The smallest program: one line on standard output.
class Main {
    public static void main(String[] args) {
        System.out.println("Hello, world!");
    }
}
// expect: Hello, world!
