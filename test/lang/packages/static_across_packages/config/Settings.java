package config;

public class Settings {
    public static int counter = 0;
    public static int next() { return ++counter; }
    protected static String secret() { return "hidden"; }
    public static String reveal() { return secret(); }
}
