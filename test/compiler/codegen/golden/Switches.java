// Golden: tableswitch for dense cases, lookupswitch for sparse ones, and the String switch's
// hashCode/equals translation with fallthrough and default in the middle.
class Switches {
    static int dense(int x) {
        switch (x) { case 1: return 10; case 2: case 3: return 20; default: return 0; case 5: return 50; }
    }
    static int sparse(char c) {
        switch (c) { case 'a': return 1; case 'z': return 2; case '\u1234': return 3; }
        return 0;
    }
    static int strings(String s) {
        int r = 0;
        switch (s) {
            case "Aa": r += 1;
            case "BB": r += 2; break;
            default: r = -1;
            case "x": r *= 3;
        }
        return r;
    }
}
