// equals vs ==, hashCode as Java computes it, and String.valueOf for every type.
class Main {
    public static void main(String[] args) {
        String a = "hello";
        String b = "hel" + "lo";
        String c = new StringBuilder("hel").append("lo").toString();
        System.out.println(a.equals(c) + " " + (a == b) + " " + a.equals(null) + " " + a.equals((Object) "hello"));
        System.out.println(a.hashCode() + " " + c.hashCode() + " " + "".hashCode() + " " + "Aa".hashCode() + " " + "BB".hashCode());
        System.out.println("The quick brown fox jumps over the lazy dog".hashCode());
        System.out.println(String.valueOf(1) + String.valueOf(2L) + String.valueOf(1.5f) + String.valueOf(2.5)
            + String.valueOf('c') + String.valueOf(true) + String.valueOf((Object) null));
        System.out.println(String.valueOf(new char[] {'o', 'k'}));
        Object o = "obj";
        System.out.println(String.valueOf(o));
        System.out.println("x".equals("X".toLowerCase()));
        System.out.println("\u00e9".hashCode() + " " + "\ud83d\ude00".hashCode());
    }
}
// expect: true true false true
// expect: 99162322 99162322 0 2112 2112
// expect: -609428141
// expect: 121.52.5ctruenull
// expect: ok
// expect: obj
// expect: true
// expect: 233 1772899
