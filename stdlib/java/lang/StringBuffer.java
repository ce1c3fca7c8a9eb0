// java.lang.StringBuffer: the JDK's older, synchronized twin of StringBuilder. Ringfence
// programs are single-threaded, so it is StringBuilder.java with the class name changed, apart
// from the members marked as its own, where JDK 17's StringBuffer calls different methods
// (test/stdlib/twins.test.ts keeps the two in step).
package java.lang;

public final class StringBuffer extends AbstractStringBuilder implements java.io.Serializable, CharSequence, Comparable {

    public StringBuffer() {
        super(16);
    }

    public StringBuffer(int capacity) {
        super(capacity);
    }

    public StringBuffer(String str) {
        super(str);
    }

    public StringBuffer(CharSequence seq) {
        super(seq);
    }

    public StringBuffer append(Object obj) {
        super.append(obj);
        return this;
    }

    public StringBuffer append(String str) {
        super.append(str);
        return this;
    }

    public StringBuffer append(StringBuffer sb) {
        super.append(sb);
        return this;
    }

    public StringBuffer append(CharSequence s) {
        super.append(s);
        return this;
    }

    public StringBuffer append(CharSequence s, int start, int end) {
        super.append(s, start, end);
        return this;
    }

    public StringBuffer append(char[] str) {
        super.append(str);
        return this;
    }

    public StringBuffer append(char[] str, int offset, int len) {
        super.append(str, offset, len);
        return this;
    }

    public StringBuffer append(boolean b) {
        super.append(b);
        return this;
    }

    public StringBuffer append(char c) {
        super.append(c);
        return this;
    }

    public StringBuffer append(int i) {
        super.append(i);
        return this;
    }

    public StringBuffer append(long l) {
        super.append(l);
        return this;
    }

    public StringBuffer append(float f) {
        super.append(f);
        return this;
    }

    public StringBuffer append(double d) {
        super.append(d);
        return this;
    }

    public StringBuffer appendCodePoint(int codePoint) {
        super.appendCodePoint(codePoint);
        return this;
    }

    public StringBuffer insert(int offset, String str) {
        super.insert(offset, str);
        return this;
    }

    public StringBuffer insert(int offset, char c) {
        super.insert(offset, c);
        return this;
    }

    public StringBuffer insert(int index, char[] str, int offset, int len) {
        super.insert(index, str, offset, len);
        return this;
    }

    public StringBuffer insert(int dstOffset, CharSequence s, int start, int end) {
        super.insert(dstOffset, s, start, end);
        return this;
    }

    public StringBuffer insert(int offset, char[] str) {
        super.insert(offset, str);
        return this;
    }

    // StringBuffer only: StringBuffer's insert(int, Object) converts the object itself (JDK 17).
    public StringBuffer insert(int offset, Object obj) {
        super.insert(offset, String.valueOf(obj));
        return this;
    }
    // end of StringBuffer only

    public StringBuffer insert(int offset, CharSequence s) {
        super.insert(offset, s);
        return this;
    }

    public StringBuffer insert(int offset, boolean b) {
        super.insert(offset, b);
        return this;
    }

    public StringBuffer insert(int offset, int i) {
        super.insert(offset, i);
        return this;
    }

    public StringBuffer insert(int offset, long l) {
        super.insert(offset, l);
        return this;
    }

    public StringBuffer insert(int offset, float f) {
        super.insert(offset, f);
        return this;
    }

    public StringBuffer insert(int offset, double d) {
        super.insert(offset, d);
        return this;
    }

    public StringBuffer delete(int start, int end) {
        super.delete(start, end);
        return this;
    }

    public StringBuffer deleteCharAt(int index) {
        super.deleteCharAt(index);
        return this;
    }

    public StringBuffer replace(int start, int end, String str) {
        super.replace(start, end, str);
        return this;
    }

    public StringBuffer reverse() {
        super.reverse();
        return this;
    }

    // StringBuffer only: JDK 17's StringBuffer re-declares these, calling its own methods (or
    // AbstractStringBuilder's substring) directly, which its stack traces show.
    public String substring(int start) {
        return substring(start, count);
    }

    public String substring(int start, int end) {
        return super.substring(start, end);
    }

    public CharSequence subSequence(int start, int end) {
        return super.substring(start, end);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return super.lastIndexOf(str, fromIndex);
    }
    // end of StringBuffer only

    public int compareTo(StringBuffer another) {
        return super.compareTo(another);
    }

    public int compareTo(Object o) {
        return compareTo((StringBuffer) o);
    }

    public String toString() {
        return new String(value, 0, count);
    }
}
