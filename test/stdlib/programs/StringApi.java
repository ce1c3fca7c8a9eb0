// Exercises java.lang.String's API, including edge cases and JDK 17 exception messages.
public class StringApi {
    static void p(String label, String v) {
        System.out.println(label + " = " + v);
    }

    static void charAtFails(String s, int i) {
        try {
            s.charAt(i);
            System.out.println("no exception");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
    }

    static void substringFails(String s, int b, int e) {
        try {
            s.substring(b, e);
            System.out.println("no exception");
        } catch (IndexOutOfBoundsException ex) {
            System.out.println(ex);
        }
    }

    static void printAll(String[] parts) {
        StringBuilder sb = new StringBuilder();
        sb.append(parts.length).append(':');
        for (int i = 0; i < parts.length; i++) {
            sb.append('[').append(parts[i]).append(']');
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        String s = "Hello, World";
        p("length", "" + (s.length()));
        p("charAt", "" + (s.charAt(4)));
        p("substring1", "" + (s.substring(7)));
        p("substring2", "" + (s.substring(0, 5)));
        p("empty substring is literal", "" + (s.substring(3, 3) == ""));
        p("whole substring is this", "" + (s.substring(0) == s));
        p("indexOf char", "" + (s.indexOf('o')));
        p("indexOf char from", "" + (s.indexOf('o', 5)));
        p("lastIndexOf char", "" + (s.lastIndexOf('o')));
        p("lastIndexOf char from", "" + (s.lastIndexOf('o', 7)));
        p("indexOf str", "" + (s.indexOf("World")));
        p("indexOf missing", "" + (s.indexOf("world")));
        p("indexOf empty past end", "" + (s.indexOf("", 99)));
        p("lastIndexOf str", "" + ("abcabc".lastIndexOf("bc")));
        p("lastIndexOf str from", "" + ("abcabc".lastIndexOf("bc", 3)));
        p("lastIndexOf empty", "" + ("abc".lastIndexOf("")));
        p("equals", "" + (s.equals("Hello, World")));
        p("equals other type", "" + (s.equals(new StringBuilder("Hello, World"))));
        p("equalsIgnoreCase", "" + ("ÀbC".equalsIgnoreCase("àBc")));
        p("compareTo", "" + ("apple".compareTo("banana")));
        p("compareTo prefix", "" + ("app".compareTo("apple")));
        p("compareToIgnoreCase", "" + ("ABC".compareToIgnoreCase("abd")));
        p("hashCode", "" + (s.hashCode()));
        p("hashCode empty", "" + ("".hashCode()));
        p("hashCode long", "" + ("the quick brown fox jumps over the lazy dog".hashCode()));
        p("concat", "" + ("foo".concat("bar")));
        p("concat empty is this", "" + (s.concat("") == s));
        p("valueOf int", "" + (String.valueOf(-42)));
        p("valueOf long", "" + (String.valueOf(1L << 40)));
        p("valueOf char", "" + (String.valueOf('x')));
        p("valueOf bool", "" + (String.valueOf(false)));
        p("valueOf double", "" + (String.valueOf(0.1 + 0.2)));
        p("valueOf float", "" + (String.valueOf(1.1f)));
        p("valueOf null obj", "" + (String.valueOf((Object) null)));
        char[] cs = {'a', 'b', 'c', 'd'};
        p("valueOf chars", "" + (String.valueOf(cs)));
        p("valueOf chars range", "" + (String.valueOf(cs, 1, 2)));
        p("copyValueOf", "" + (String.copyValueOf(cs, 2, 2)));
        p("toUpperCase", "" + ("hello ß ÿ".toUpperCase()));
        p("toLowerCase", "" + ("HELLO ÀÉ".toLowerCase()));
        p("lower unchanged is this", "" + ("abc".toLowerCase() == "abc"));
        p("trim", "" + ("[" + "  \t padded \n ".trim() + "]"));
        p("strip", "" + ("[" + "\u2003 wide \u2003".strip() + "]"));
        p("stripLeading", "" + ("[" + "  x  ".stripLeading() + "]"));
        p("stripTrailing", "" + ("[" + "  x  ".stripTrailing() + "]"));
        p("isBlank", "" + (" \t\n".isBlank()));
        p("isEmpty", "" + ("".isEmpty()));
        p("startsWith", "" + (s.startsWith("Hell")));
        p("startsWith offset", "" + (s.startsWith("World", 7)));
        p("startsWith negative", "" + (s.startsWith("H", -1)));
        p("endsWith", "" + (s.endsWith("ld")));
        p("contains", "" + (s.contains("lo, W")));
        p("contains builder", "" + (s.contains(new StringBuilder("World"))));
        p("replace char", "" + ("banana".replace('a', 'o')));
        p("replace str", "" + ("banana".replace("an", "AN")));
        p("replace empty target", "" + ("abc".replace("", "-")));
        p("replace builder", "" + ("aaa".replace(new StringBuilder("a"), "bb")));
        p("repeat", "" + ("ab".repeat(3)));
        p("repeat zero", "" + ("ab".repeat(0).length()));
        char[] arr = s.toCharArray();
        arr[0] = 'J';
        p("toCharArray copy", "" + (new String(arr) + " / " + s));
        p("new String range", "" + (new String(cs, 1, 3)));
        p("regionMatches", "" + ("Hello".regionMatches(true, 1, "XELLX", 1, 3)));
        p("codePointAt", "" + ("a\uD83D\uDE00".codePointAt(1)));
        p("matches", "" + ("abc123".matches("[a-z]+\\d+")));
        p("replaceAll", "" + ("a1b22c333".replaceAll("\\d+", "#")));
        p("replaceFirst", "" + ("a1b22c333".replaceFirst("\\d+", "<$0>")));
        p("intern", "" + (new String("hi").intern() == "hi"));
        String[] parts = {"a", null, "c"};
        p("join", String.join("-", parts));
        p("join empty", "[" + String.join(",", new String[0]) + "]");
        printAll("a,b,,c,,".split(","));
        printAll("a,b,,c,,".split(",", -1));
        printAll("a,b,,c,,".split(",", 2));
        printAll("".split(","));
        printAll(",a".split(","));
        printAll("one  two three".split(" "));
        printAll("one  two three".split("\\s+"));
        printAll("a.b.c".split("\\."));
        printAll("a|b|c".split("\\|"));
        printAll("abc".split(""));
        printAll("boo:and:foo".split("o"));
        charAtFails("abc", 3);
        charAtFails("abc", -1);
        substringFails("abc", 2, 1);
        substringFails("abc", -1, 2);
        substringFails("abc", 0, 4);
        try {
            "x".repeat(-2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new String(cs, 3, 2);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            String n = null;
            "abc".contains(n);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}
