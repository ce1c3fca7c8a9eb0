// Character and string escapes, and non-ASCII characters as UTF-16 code units.
class Main {
    public static void main(String[] args) {
        System.out.println("tab\there");
        System.out.println("quote \" backslash \\ apostrophe \' done");
        System.out.println('\'' + "" + '"');
        System.out.println("octal \101\60 unicode \u0041\u00e9");
        System.out.println("caf\u00e9 na\u00efve \u4e2d\u6587");
        String s = "\u00e9\u4e2d";
        System.out.println(s.length() + " " + (int) s.charAt(0) + " " + (int) s.charAt(1));
        char snow = '\u2603';
        System.out.println(snow);
        System.out.println((int) '\0' + " " + (int) '\r' + " " + (int) '\b' + " " + (int) '\f');
        String emoji = "\ud83d\ude00";
        System.out.println(emoji.length() + " " + emoji);
    }
}
// expect: tab	here
// expect: quote " backslash \ apostrophe ' done
// expect: '"
// expect: octal A0 unicode Aé
// expect: café naïve 中文
// expect: 2 233 20013
// expect: ☃
// expect: 0 13 8 12
// expect: 2 😀
