package lib;

class Hidden {
    public static int value() { return 1; }
}
