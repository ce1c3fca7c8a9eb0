package lib.text;

public class Shout {
    public static String loud(String s) { return s.toUpperCase() + "!"; }
}
