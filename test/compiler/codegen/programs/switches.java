// switch: empty and default-only String switches on null, fallthrough with default in the
// middle, continue and labeled break inside a switch, hash collisions, byte/char selectors.
class Main {
    static StringBuilder log = new StringBuilder();
    static String s(String v) { log.append("s"); return v; }
    static int i(int v) { log.append("i"); return v; }

    public static void main(String[] args) {
        String nul = null;
        try { switch (s(nul)) { } System.out.println("empty switch ok " + log); } catch (NullPointerException e) { System.out.println("empty NPE " + log); }
        log.setLength(0);
        try { switch (s(nul)) { default: System.out.println("default only"); } System.out.println("default ok " + log); } catch (NullPointerException e) { System.out.println("default NPE " + log); }
        log.setLength(0);
        try { switch (s(nul)) { case "a": break; default: System.out.println("d"); } } catch (NullPointerException e) { System.out.println("case NPE " + log); }
        log.setLength(0);
        switch (i(3)) { }
        System.out.println("int empty " + log);
        log.setLength(0);
        for (int k = -2; k < 4; k++) {
            switch (k) {
                case -1: System.out.print("m1 ");
                default: System.out.print("def ");
                case 2: System.out.print("two "); break;
                case 3: System.out.print("three "); continue;
            }
            System.out.println("| " + k);
        }
        byte b = -128;
        switch (b) { case -128: System.out.println("min byte"); break; case 127: System.out.println("max"); }
        String[] keys = {"Aa", "BB", "C", "", "AaAa", "BBBB", "AaBB", "x"};
        for (String key : keys) {
            switch (key) {
                case "BB": System.out.print("BB "); 
                case "Aa": System.out.print("Aa "); break;
                case "": System.out.print("empty "); break;
                default: System.out.print("dflt ");
                case "AaAa": System.out.print("AaAa "); break;
                case "BBBB": System.out.print("BBBB ");
            }
            System.out.println(key);
        }
        char c = 'z';
        switch (c) { case 'a': case 'z': System.out.println("az"); }
        out:
        for (int k = 0; k < 3; k++) {
            switch (k) {
                case 1: break out;
                default: System.out.println("k" + k);
            }
        }
        long cnt = 0;
        for (int k = 0; k < 100; k++) switch (k % 7) { case 0: cnt += 1; break; case 1000: cnt += 7; break; case -5: cnt = 0; default: cnt += 2; }
        System.out.println(cnt);
    }
}
// expect: empty NPE s
// expect: default NPE s
// expect: case NPE s
// expect: int empty i
// expect: def two | -2
// expect: m1 def two | -1
// expect: def two | 0
// expect: def two | 1
// expect: two | 2
// expect: three min byte
// expect: Aa Aa
// expect: BB Aa BB
// expect: dflt AaAa C
// expect: empty 
// expect: AaAa AaAa
// expect: BBBB BBBB
// expect: dflt AaAa AaBB
// expect: dflt AaAa x
// expect: az
// expect: k0
// expect: 185
