class Util {
    static int half(int x) { return x / 2; }
    static int broken() { return half(10, 20); }
}
