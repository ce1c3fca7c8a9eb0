class Tool {
    static String who() { return "default-package Tool"; }
}
