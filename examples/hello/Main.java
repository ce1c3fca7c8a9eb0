// Hello world: the first program to run.  ringfence run examples/hello/Main.java
public class Main {
    public static void main(String[] args) {
        String who = args.length > 0 ? args[0] : "world";
        System.out.println("Hello, " + who + "!");
    }
}
// expect: Hello, world!
