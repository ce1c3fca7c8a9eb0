package alpha;

public class Thing {
    public static String who() { return "alpha.Thing"; }
}
