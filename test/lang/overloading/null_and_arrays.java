// Overloads with array and Object parameters: int[] is more specific than Object, and null picks
// the most specific of String and Object.
class Main {
    static String f(Object o) { return "Object"; }
    static String f(int[] a) { return "int[]"; }
    static String g(Object o) { return "Object"; }
    static String g(Object[] a) { return "Object[]"; }
    static String g(String[] a) { return "String[]"; }
    public static void main(String[] args) {
        System.out.println(f(new int[1]) + " " + f(null) + " " + f("s") + " " + f(new long[1]));
        System.out.println(g(new String[0]) + " " + g(new Integer[0]) + " " + g(null) + " " + g(new int[0][0]));
        String s = null;
        System.out.println(String.valueOf(s));
        char[] cs = {'o', 'k'};
        System.out.println(String.valueOf(cs) + " " + String.valueOf((Object) "obj"));
    }
}
// expect: int[] int[] Object Object
// expect: String[] Object[] String[] Object[]
// expect: null
// expect: ok obj
