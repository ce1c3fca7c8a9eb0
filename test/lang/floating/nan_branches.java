// Comparisons with NaN in branch positions (if, while, ternary, negated, && / ||): every ordered
// comparison is false and != is true, whatever the compiler's branch polarity (JVMS fcmpl/fcmpg).
class Main {
    static String check(double x, double y) {
        StringBuilder sb = new StringBuilder();
        if (x < y) sb.append('<'); else sb.append('.');
        if (x <= y) sb.append("<="); else sb.append('.');
        if (x > y) sb.append('>'); else sb.append('.');
        if (x >= y) sb.append(">="); else sb.append('.');
        if (x == y) sb.append("=="); else sb.append('.');
        if (x != y) sb.append("!="); else sb.append('.');
        if (!(x < y)) sb.append('a');
        if (!(x >= y)) sb.append('b');
        if (x < y || x >= y) sb.append('c');
        if (!(x < y) && !(x > y)) sb.append('d');
        sb.append(x > y ? 'e' : 'f');
        sb.append(!(x <= y) ? 'g' : 'h');
        int n = 0;
        while (x < y && n < 3) n++;
        sb.append(n);
        return sb.toString();
    }
    static String checkF(float x, float y) {
        String s = "";
        if (x < y) s += "<";
        if (x > y) s += ">";
        if (!(x <= y)) s += "!<=";
        if (!(x >= y)) s += "!>=";
        if (x == y) s += "==";
        return s.isEmpty() ? "-" : s;
    }
    public static void main(String[] args) {
        double nan = Double.NaN;
        double[][] pairs = {{nan, 1}, {1, nan}, {nan, nan}, {1, 2}, {2, 1}, {1, 1}, {-0.0, 0.0}, {Double.NEGATIVE_INFINITY, nan}};
        for (double[] p : pairs) System.out.println(p[0] + " " + p[1] + " " + check(p[0], p[1]));
        float fn = Float.NaN;
        System.out.println(checkF(fn, 1f) + " " + checkF(1f, fn) + " " + checkF(1f, 2f) + " " + checkF(2f, 2f));
        long a = Long.MIN_VALUE, b = Long.MAX_VALUE;
        System.out.println((a < b) + " " + (a > b) + " " + (a == b + 1));
    }
}
// expect: NaN 1.0 .....!=abdfg0
// expect: 1.0 NaN .....!=abdfg0
// expect: NaN NaN .....!=abdfg0
// expect: 1.0 2.0 <<=...!=bcfh3
// expect: 2.0 1.0 ..>>=.!=aceg0
// expect: 1.0 1.0 .<=.>===.acdfh0
// expect: -0.0 0.0 .<=.>===.acdfh0
// expect: -Infinity NaN .....!=abdfg0
// expect: !<=!>= !<=!>= <!>= ==
// expect: true false true
