// replace (char and string), split on one-character separators, repeat, toCharArray and back.
class Main {
    public static void main(String[] args) {
        String s = "a,b,,c,";
        String[] parts = s.split(",");
        System.out.println(parts.length);
        for (String p : parts) System.out.println("[" + p + "]");
        String[] words = "the quick  brown fox".split(" ");
        System.out.println(words.length + " " + words[2].isEmpty());
        System.out.println("a-b-c".replace('-', '+'));
        System.out.println("aaa".replace("a", "ba"));
        System.out.println("hello world".replace("o", ""));
        System.out.println("ab".repeat(3) + "|" + "x".repeat(0) + "|");
        char[] cs = "stressed".toCharArray();
        for (int i = 0, j = cs.length - 1; i < j; i++, j--) { char t = cs[i]; cs[i] = cs[j]; cs[j] = t; }
        System.out.println(new String(cs));
        System.out.println(String.valueOf(cs));
        System.out.println("1;2;3".split(";").length);
        System.out.println("no-separator".split(",")[0]);
    }
}
// expect: 4
// expect: [a]
// expect: [b]
// expect: []
// expect: [c]
// expect: 5 true
// expect: a+b+c
// expect: bababa
// expect: hell wrld
// expect: ababab||
// expect: desserts
// expect: desserts
// expect: 3
// expect: no-separator
