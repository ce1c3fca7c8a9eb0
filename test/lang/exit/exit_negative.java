// A negative exit code is reported modulo 256 by the operating system (-1 -> 255).
class Main {
    public static void main(String[] args) {
        System.err.println("error output is not part of stdout");
        System.exit(-1);
    }
}
// expect-exit: 255
