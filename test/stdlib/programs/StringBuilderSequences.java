// StringBuilder and StringBuffer with CharSequences that are not Strings, as JDK 17 handles them:
// the chars are read with charAt (not toString), a builder inserted into itself reads itself as
// it changes, and a charAt that fails midway leaves the length as it was.
public class StringBuilderSequences {
    static String show(CharSequence s) {
        StringBuilder r = new StringBuilder();
        r.append(s.length()).append(':');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ') {
                r.append("\\").append((int) c);
            } else {
                r.append(c);
            }
        }
        return r.toString();
    }

    public static void main(String[] args) {
        System.out.println(show(new StringBuilder("ab").insert(1, new Plain())));
        System.out.println(show(new StringBuffer("ab").insert(1, new Plain())));
        System.out.println(show(new StringBuilder("ab").insert(1, new Plain(), 0, 2)));
        System.out.println(show(new StringBuffer("ab").insert(1, new Plain(), 1, 2)));
        System.out.println(show(new StringBuilder("ab").append(new Plain())));
        System.out.println(show(new StringBuffer("ab").append(new Plain(), 0, 1)));
        System.out.println(show(new StringBuilder(new Plain())));
        System.out.println(show(new StringBuffer(new Plain())));

        StringBuilder self = new StringBuilder("abc");
        System.out.println(show(self.insert(1, self)));
        StringBuffer selfBuffer = new StringBuffer("abc");
        System.out.println(show(selfBuffer.insert(1, selfBuffer)));
        StringBuilder selfRange = new StringBuilder("abcd");
        System.out.println(show(selfRange.insert(2, selfRange, 1, 3)));

        StringBuilder a = new StringBuilder("ab");
        try {
            a.append(new Failing(), 0, 4);
        } catch (IllegalStateException e) {
            System.out.println("append: " + e.getMessage() + " -> " + show(a));
        }
        StringBuilder b = new StringBuilder("ab");
        try {
            b.insert(1, new Failing());
        } catch (IllegalStateException e) {
            System.out.println("insert: " + e.getMessage() + " -> " + show(b));
        }
        StringBuffer c = new StringBuffer("ab");
        try {
            c.insert(2, new Failing(), 1, 4);
        } catch (IllegalStateException e) {
            System.out.println("insert range: " + e.getMessage() + " -> " + show(c));
        }
        try {
            new StringBuilder("ab").insert(9, (char[]) null);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println(show(new StringBuilder("ab").insert(1, new char[] {'x', 'y'})));
        System.out.println(show(new StringBuilder("ab").insert(2, new char[] {'x', 'y', 'z'}, 1, 2)));
        try {
            new StringBuilder("abc").ensureCapacity(Integer.MAX_VALUE);
        } catch (OutOfMemoryError e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        StringBuilder grow = new StringBuilder();
        grow.ensureCapacity(17);
        System.out.println(grow.capacity());
        grow.ensureCapacity(100);
        System.out.println(grow.capacity());
        grow.ensureCapacity(-5);
        System.out.println(grow.capacity());
    }
}

class Plain implements CharSequence {
    public int length() { return 2; }
    public char charAt(int index) { return (char) ('p' + index); }
    public CharSequence subSequence(int start, int end) { return "SUB"; }
    public String toString() { return "TOSTRING"; }
}

class Failing implements CharSequence {
    public int length() { return 4; }
    public char charAt(int index) {
        if (index == 2) {
            throw new IllegalStateException("charAt " + index);
        }
        return (char) ('w' + index);
    }
    public CharSequence subSequence(int start, int end) { return "SUB"; }
    public String toString() { return "FAILING"; }
}
