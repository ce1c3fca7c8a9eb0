// A program whose main class is named like its file rather than Main.
class Helper {
    static String greet(String who) { return "hi " + who; }
}
public class named_like_file {
    public static void main(String[] args) {
        System.out.println(Helper.greet("file"));
    }
}
// expect: hi file
