// Definite assignment patterns javac accepts (JLS 16): all branches assign, switch with default,
// loops with break, try/catch both assign, final locals assigned on every path.
class Main {
    static int classify(int x) {
        final String label;
        if (x < 0) label = "neg";
        else if (x == 0) label = "zero";
        else label = "pos";
        int code;
        switch (label) {
            case "neg": code = -1; break;
            case "zero": code = 0; break;
            default: code = 1;
        }
        System.out.println(label + " " + code);
        return code;
    }
    static int firstEven(int[] xs) {
        int found;
        int i = 0;
        while (true) {
            if (xs[i] % 2 == 0) { found = xs[i]; break; }
            i++;
        }
        return found;
    }
    static int parse(String s) {
        int v;
        try {
            v = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            v = -1;
        }
        return v;
    }
    static boolean both(boolean a, boolean b) {
        boolean r;
        if (a && (r = b)) return r;
        return false;
    }
    public static void main(String[] args) {
        classify(-5);
        classify(0);
        classify(9);
        System.out.println(firstEven(new int[] {3, 5, 8, 10}));
        System.out.println(parse("12") + " " + parse("x"));
        System.out.println(both(true, true) + " " + both(true, false) + " " + both(false, true));
        int k;
        for (k = 0; k < 3; k++) { }
        System.out.println(k);
        int z;
        boolean flag = args.length == 0;
        if (flag) z = 1; else throw new IllegalStateException();
        System.out.println(z);
    }
}
// expect: neg -1
// expect: zero 0
// expect: pos 1
// expect: 8
// expect: 12 -1
// expect: true false false
// expect: 3
// expect: 1
