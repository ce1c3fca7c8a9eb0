package beta;

public class Thing {
    public static String who() { return "beta.Thing"; }
}
