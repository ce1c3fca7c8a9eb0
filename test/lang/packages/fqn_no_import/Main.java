// A fully qualified class name works without any import; java.lang is imported implicitly.
class Main {
    public static void main(String[] args) {
        System.out.println(lib.text.Shout.loud("hey"));
        java.lang.String s = "qualified";
        System.out.println(s.length());
        System.out.println(java.lang.Math.max(3, 9));
    }
}
// expect: HEY!
// expect: 9
// expect: 9
