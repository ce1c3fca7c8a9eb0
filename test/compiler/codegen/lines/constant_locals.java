// Constant variables (final locals with constant initializers, JLS §4.12.4) get no code and
// so no line entry, as javac compiles them without -g: every use is the constant itself.
class Main {
    public static void main(String[] args) {
        final int k = 10;
        final long big =
            1L << 40;
        final String s = "con" + "st";
        final char c = 'q';
        int notConst = k + 1;
        final int alsoNot = notConst;
        switch (notConst) {
            case k + 1: System.out.println("k+1 " + s + c); break;
            default: System.out.println("other");
        }
        System.out.println(big + alsoNot + (s == "const" ? " same" : " different"));
    }
}
// expect: k+1 constq
// expect: 1099511627787 same
