package beta;

public class Tool {
    public static String who() { return "beta.Tool"; }
}
