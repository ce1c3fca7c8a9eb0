// Output is UTF-8: characters outside ASCII become multi-byte sequences, a surrogate pair one
// 4-byte character, and an unpaired surrogate is replaced by '?' as Java's encoder does.
class Main {
    public static void main(String[] args) {
        System.out.println("caf\u00e9 \u20ac \ud83d\ude00");
        System.out.println("lone high \ud800 lone low \udc00 end");
        System.out.println('\ud800');
        char[] cs = {'a', '\udbff', 'b'};
        System.out.println(cs);
        StringBuilder sb = new StringBuilder().append('\ud83d');
        System.out.println(sb.length() + " " + sb);
        sb.append('\ude00');
        System.out.println(sb.length() + " " + sb);
    }
}
// expect: café € 😀
// expect: lone high ? lone low ? end
// expect: ?
// expect: a?b
// expect: 1 ?
// expect: 2 😀
