package alpha;

public class Tool {
    public static String who() { return "alpha.Tool"; }
}
