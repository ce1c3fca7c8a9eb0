// Exercises java.lang.StringBuilder (and StringBuffer): appends of every type, insert, delete, reverse, and
// JDK 17 exception messages.
public class StringBuilderApi {
    static void fails(StringBuilder sb, int which) {
        try {
            switch (which) {
                case 0: sb.charAt(10); break;
                case 1: sb.setCharAt(-1, 'x'); break;
                case 2: sb.deleteCharAt(sb.length()); break;
                case 3: sb.delete(3, 1); break;
                case 4: sb.insert(99, "x"); break;
                case 5: sb.setLength(-1); break;
                case 6: sb.substring(2, 1); break;
                default: sb.replace(5, 2, "x"); break;
            }
            System.out.println("no exception");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append("s").append('c').append(1).append(2L).append(1.5f).append(2.25).append(true).append((Object) null);
        sb.append((String) null).append(new char[] {'x', 'y'}).append(new char[] {'a', 'b', 'c'}, 1, 2);
        sb.append(new StringBuilder("SB")).append("abcdef", 2, 4).appendCodePoint(0x1F600);
        System.out.println(sb);
        System.out.println(sb.length());
        sb.setLength(5);
        System.out.println(sb + "|" + sb.length());
        sb.setLength(7);
        System.out.println(sb.length() + " " + (int) sb.charAt(6));
        StringBuilder b = new StringBuilder("hello world");
        b.insert(0, "[").insert(b.length(), ']').insert(6, 42).insert(1, 2.5).insert(0, false);
        System.out.println(b);
        b.delete(0, 5).deleteCharAt(0);
        System.out.println(b);
        b.replace(0, 3, "HE").reverse();
        System.out.println(b);
        b.setCharAt(0, '!');
        System.out.println(b + " " + b.indexOf("o") + " " + b.lastIndexOf("o") + " " + b.indexOf("zz"));
        System.out.println(new StringBuilder("a\uD83D\uDE00b").reverse().codePointAt(1) == 0x1F600 ? "pair kept" : "pair broken");
        System.out.println(b.substring(2) + "," + b.substring(1, 3) + "," + b.subSequence(0, 2));
        System.out.println(new StringBuilder("abc").compareTo(new StringBuilder("abd")));
        StringBuilder big = new StringBuilder(2);
        for (int i = 0; i < 100; i++) {
            big.append(i % 10);
        }
        System.out.println(big.length() + " " + big.substring(95));
        big.delete(10, 1000);
        System.out.println(big);
        StringBuilder m = new StringBuilder("0123456789");
        for (int i = 0; i < 8; i++) {
            fails(m, i);
        }
        StringBuffer buf = new StringBuffer("buf");
        buf.append(1).append('c').append(2.5).insert(0, "<").reverse().append(new StringBuilder("sb"));
        System.out.println(buf + " " + buf.length() + " " + new String(buf) + " " + "fubx".contentEquals(buf));
        String x = "x";
        x += 1 + 2;
        x += 'c';
        x += 1.0f;
        x += null;
        System.out.println(x);
    }
}
