// indexOf/lastIndexOf with from-indexes out of range, compareTo on prefixes and non-ASCII,
// replace with an empty target, toUpperCase/toLowerCase beyond ASCII, contains/startsWith edges.
class Main {
    public static void main(String[] args) {
        String s = "abcabcabc";
        System.out.println(s.indexOf("bc", -5) + " " + s.indexOf("bc", 100) + " " + s.indexOf('c', 3) + " " + s.indexOf("", 9) + " " + s.indexOf("", 20));
        System.out.println(s.lastIndexOf("bc", 100) + " " + s.lastIndexOf("bc", 3) + " " + s.lastIndexOf('a', -1) + " " + s.lastIndexOf("") + " " + s.lastIndexOf("abc", 0));
        System.out.println("apple".compareTo("apricot") + " " + "a".compareTo("") + " " + "".compareTo("abc") + " " + "\u00e9".compareTo("z") + " " + "Z".compareTo("a"));
        System.out.println("abc".replace("", "-") + " " + "aaaa".replace("aa", "b") + " " + "abc".replace("abc", "") + "|");
        System.out.println("stra\u00dfe".toUpperCase() + " " + "\u00c9COLE".toLowerCase() + " " + "I\u0130".toLowerCase().length());
        System.out.println("abc".contains("") + " " + "".contains("a") + " " + "abc".startsWith("") + " " + "abc".startsWith("abcd") + " " + "abc".endsWith("bc"));
        System.out.println("Hello".equalsIgnoreCase("hELLO") + " " + "\u00e9".equalsIgnoreCase("\u00c9") + " " + "hello".compareTo("hello"));
        String x = "  \t spaced out \n ";
        System.out.println("[" + x.trim() + "] " + x.trim().length() + " " + "   ".trim().isEmpty());
        System.out.println("ab".repeat(0).isEmpty() + " " + "-".repeat(5) + " " + "xyz".substring(1, 1).length());
        System.out.println(String.valueOf(new char[0]).length() + " " + "a,b".concat(",c") + " " + "x".concat(""));
    }
}
// expect: 1 -1 5 9 9
// expect: 7 1 -1 9 0
// expect: -2 1 -3 111 -7
// expect: -a-b-c- bb |
// expect: STRASSE école 3
// expect: true false true false true
// expect: true true 0
// expect: [spaced out] 10 true
// expect: true ----- 0
// expect: 0 a,b,c x
