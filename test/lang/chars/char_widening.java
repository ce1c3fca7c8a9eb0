// char widens to int/long/float/double but not to short or byte; casts are needed both ways.
class Main {
    static String kind(int x) { return "int:" + x; }
    static String kind(double x) { return "double:" + x; }
    public static void main(String[] args) {
        char c = 'Z';
        int i = c;
        long l = c;
        float f = c;
        double d = c;
        System.out.println(i + " " + l + " " + f + " " + d);
        short s = (short) c;
        byte b = (byte) c;
        System.out.println(s + " " + b);
        char back = (char) i;
        System.out.println(back);
        System.out.println(kind(c));
        char neg = (char) -65;
        System.out.println((int) neg);
        final char k = 'k';
        byte kb = k;
        System.out.println(kb);
        char fromConst = 120;
        System.out.println(fromConst);
    }
}
// expect: 90 90 90.0 90.0
// expect: 90 90
// expect: Z
// expect: int:90
// expect: 65471
// expect: 107
// expect: x
