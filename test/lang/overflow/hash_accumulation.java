// A polynomial hash that overflows repeatedly gives the same result as Java's String.hashCode.
class Main {
    static int hash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return h;
    }
    static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) { h ^= s.charAt(i); h *= 0x100000001b3L; }
        return h;
    }
    public static void main(String[] args) {
        String[] words = { "", "a", "hello", "The quick brown fox jumps over the lazy dog", "polygenelubricants" };
        for (String w : words) {
            System.out.println(hash(w) + " " + w.hashCode() + " " + (hash(w) == w.hashCode()) + " " + fnv(w));
        }
    }
}
// expect: 0 0 true -3750763034362895579
// expect: 97 97 true -5808556873153909620
// expect: 99162322 99162322 true -6615550055289275125
// expect: -609428141 -609428141 true -866459186506731248
// expect: -2147483648 -2147483648 true -5565582648625668825
