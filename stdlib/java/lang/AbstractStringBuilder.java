// java.lang.AbstractStringBuilder: the growable char[] buffer behind StringBuilder and
// StringBuffer, as in the JDK (package-private; the two public classes re-declare the chaining
// methods with their own return type and inherit the rest, through javac's visibility bridges).
// String concatenation in compiled code and most stdlib toString methods build on it, so
// nothing here may itself use `+` on strings in a way that re-enters append (the
// number-to-text paths use char arrays).
package java.lang;

abstract class AbstractStringBuilder implements CharSequence {

    char[] value;
    int count;

    AbstractStringBuilder(int capacity) {
        value = new char[capacity];
    }

    AbstractStringBuilder(String str) {
        int length = str.length();
        value = new char[length < Integer.MAX_VALUE - 16 ? length + 16 : Integer.MAX_VALUE];
        append(str);
    }

    AbstractStringBuilder(CharSequence seq) {
        int length = seq.length();
        if (length < 0) {
            throw new NegativeArraySizeException("Negative length: " + length);
        }
        value = new char[length < Integer.MAX_VALUE - 16 ? length + 16 : Integer.MAX_VALUE];
        append(seq);
    }

    // ------------------------------------------------------------------ capacity

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity - value.length > 0) {
            char[] bigger = new char[newCapacity(minimumCapacity)];
            System.arraycopy(value, 0, bigger, 0, count);
            value = bigger;
        }
    }

    /** Largest array length the JDK asks for before it must (ArraysSupport.SOFT_MAX_ARRAY_LENGTH). */
    private static final int SOFT_MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    /**
     * JDK 17's growth rule (AbstractStringBuilder.newCapacity over ArraysSupport.newLength, for
     * a builder of one-byte chars): twice the old length plus 2, at least what is needed, and
     * the JDK's OutOfMemoryError messages where that overflows.
     */
    private int newCapacity(int minCapacity) {
        int oldLength = value.length;
        int minGrowth = minCapacity - oldLength;
        int prefGrowth = oldLength + 2;
        int prefLength = oldLength + (minGrowth > prefGrowth ? minGrowth : prefGrowth);
        int length;
        if (0 < prefLength && prefLength <= SOFT_MAX_ARRAY_LENGTH) {
            length = prefLength;
        } else {
            int minLength = oldLength + minGrowth;
            if (minLength < 0) {
                throw new OutOfMemoryError("Required array length " + oldLength + " + " + minGrowth + " is too large");
            }
            length = minLength <= SOFT_MAX_ARRAY_LENGTH ? SOFT_MAX_ARRAY_LENGTH : minLength;
        }
        if (length == Integer.MAX_VALUE) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        return length;
    }

    public void trimToSize() {
        if (count < value.length) {
            char[] exact = new char[count];
            System.arraycopy(value, 0, exact, 0, count);
            value = exact;
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        ensureCapacity(newLength);
        for (int i = count; i < newLength; i++) {
            value[i] = (char) 0;
        }
        count = newLength;
    }

    // ------------------------------------------------------------------ bounds checks (JDK 17 messages;
    // index and offset checks are String.checkIndex and String.checkOffset, as in the JDK)

    /** A range of an argument (a char[] or CharSequence being appended, getChars' destination). */
    private static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new IndexOutOfBoundsException(
                "start " + start + ", end " + end + ", length " + length);
        }
    }

    /** A range of this builder (and insert's char[] argument): the older StringIndexOutOfBoundsException. */
    private static void checkRangeSIOOBE(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new StringIndexOutOfBoundsException(
                "start " + start + ", end " + end + ", length " + length);
        }
    }

    // ------------------------------------------------------------------ chars

    public char charAt(int index) {
        String.checkIndex(index, count);
        return value[index];
    }

    public void setCharAt(int index, char ch) {
        String.checkIndex(index, count);
        value[index] = ch;
    }

    public int codePointAt(int index) {
        String.checkIndex(index, count);
        char c1 = value[index];
        if (Character.isHighSurrogate(c1) && index + 1 < count && Character.isLowSurrogate(value[index + 1])) {
            return Character.toCodePoint(c1, value[index + 1]);
        }
        return c1;
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRangeSIOOBE(srcBegin, srcEnd, count);
        int n = srcEnd - srcBegin;
        checkRange(dstBegin, dstBegin + n, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, n);
    }

    // ------------------------------------------------------------------ append

    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public AbstractStringBuilder append(String str) {
        if (str == null) {
            return appendNull();
        }
        int len = str.length();
        ensureCapacity(count + len);
        str.getChars(0, len, value, count);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(StringBuffer sb) {
        if (sb == null) {
            return appendNull();
        }
        return appendChars(sb);
    }

    /** The chars of another builder (a StringBuilder or StringBuffer), copied whole. */
    private AbstractStringBuilder appendChars(AbstractStringBuilder asb) {
        int len = asb.count;
        ensureCapacity(count + len);
        System.arraycopy(asb.value, 0, value, count, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(CharSequence s) {
        if (s == null) {
            return appendNull();
        }
        if (s instanceof String) {
            return append((String) s);
        }
        if (s instanceof AbstractStringBuilder) {
            return appendChars((AbstractStringBuilder) s);
        }
        return append(s, 0, s.length());
    }

    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        CharSequence seq = (s == null) ? "null" : s;
        checkRange(start, end, seq.length());
        ensureCapacity(count + end - start);
        // The length grows only once every char is in (a failing charAt leaves it unchanged).
        int j = count;
        for (int i = start; i < end; i++) {
            value[j++] = seq.charAt(i);
        }
        count = j;
        return this;
    }

    public AbstractStringBuilder append(char[] str) {
        return append(str, 0, str.length);
    }

    public AbstractStringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        checkRange(offset, end, str.length);
        ensureCapacity(count + len);
        System.arraycopy(str, offset, value, count, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public AbstractStringBuilder append(char c) {
        ensureCapacity(count + 1);
        value[count++] = c;
        return this;
    }

    public AbstractStringBuilder append(int i) {
        return append(Integer.toString(i));
    }

    public AbstractStringBuilder append(long l) {
        return append(Long.toString(l));
    }

    public AbstractStringBuilder append(float f) {
        return append(Float.toString(f));
    }

    public AbstractStringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        return append(Character.toChars(codePoint));
    }

    private AbstractStringBuilder appendNull() {
        return append("null");
    }

    // ------------------------------------------------------------------ insert

    public AbstractStringBuilder insert(int offset, String str) {
        String.checkOffset(offset, count);
        String s = (str == null) ? "null" : str;
        int len = s.length();
        shift(offset, len);
        s.getChars(0, len, value, offset);
        return this;
    }

    public AbstractStringBuilder insert(int offset, char c) {
        String.checkOffset(offset, count);
        shift(offset, 1);
        value[offset] = c;
        return this;
    }

    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        String.checkOffset(index, count);
        checkRangeSIOOBE(offset, offset + len, str.length);
        shift(index, len);
        System.arraycopy(str, offset, value, index, len);
        return this;
    }

    /**
     * As JDK 17: the gap is opened and the length set first, then filled with charAt, so a
     * sequence that is this builder reads itself as it is being changed, and a failing charAt
     * leaves the gap as it was.
     */
    public AbstractStringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        CharSequence seq = (s == null) ? "null" : s;
        String.checkOffset(dstOffset, count);
        checkRange(start, end, seq.length());
        shift(dstOffset, end - start);
        for (int i = start, j = dstOffset; i < end; i++) {
            value[j++] = seq.charAt(i);
        }
        return this;
    }

    public AbstractStringBuilder insert(int offset, char[] str) {
        String.checkOffset(offset, count);
        int len = str.length;
        shift(offset, len);
        System.arraycopy(str, 0, value, offset, len);
        return this;
    }

    /** Opens a gap of `len` chars at `offset` (moving the tail right) and counts it in. */
    private void shift(int offset, int len) {
        ensureCapacity(count + len);
        System.arraycopy(value, offset, value, offset + len, count - offset);
        count += len;
    }

    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        CharSequence seq = (s == null) ? "null" : s;
        if (seq instanceof String) {
            return insert(dstOffset, (String) seq);
        }
        return insert(dstOffset, seq, 0, seq.length());
    }

    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    // ------------------------------------------------------------------ delete, replace, reverse

    public AbstractStringBuilder delete(int start, int end) {
        int e = end > count ? count : end;
        checkRangeSIOOBE(start, e, count);
        int len = e - start;
        if (len > 0) {
            System.arraycopy(value, start + len, value, start, count - e);
            count -= len;
        }
        return this;
    }

    public AbstractStringBuilder deleteCharAt(int index) {
        String.checkIndex(index, count);
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    public AbstractStringBuilder replace(int start, int end, String str) {
        int e = end > count ? count : end;
        checkRangeSIOOBE(start, e, count);
        int len = str.length();
        int newCount = count + len - (e - start);
        ensureCapacity(newCount);
        System.arraycopy(value, e, value, start + len, count - e);
        str.getChars(0, len, value, start);
        count = newCount;
        return this;
    }

    /** Reverses code units, keeping surrogate pairs in order (JDK semantics). */
    public AbstractStringBuilder reverse() {
        boolean hasSurrogates = false;
        int n = count - 1;
        for (int j = (n - 1) >> 1; j >= 0; j--) {
            int k = n - j;
            char cj = value[j];
            char ck = value[k];
            value[j] = ck;
            value[k] = cj;
            if (Character.isSurrogate(cj) || Character.isSurrogate(ck)) {
                hasSurrogates = true;
            }
        }
        if (hasSurrogates) {
            reverseAllValidSurrogatePairs();
        }
        return this;
    }

    private void reverseAllValidSurrogatePairs() {
        for (int i = 0; i < count - 1; i++) {
            char c2 = value[i];
            if (Character.isLowSurrogate(c2)) {
                char c1 = value[i + 1];
                if (Character.isHighSurrogate(c1)) {
                    value[i++] = c1;
                    value[i] = c2;
                }
            }
        }
    }

    // ------------------------------------------------------------------ search and extract

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return toString().indexOf(str, fromIndex);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return toString().lastIndexOf(str, fromIndex);
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public String substring(int start, int end) {
        checkRangeSIOOBE(start, end, count);
        return new String(value, start, end - start);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    /** JDK 11 StringBuilder.compareTo: lexicographic over the chars. */
    int compareTo(AbstractStringBuilder another) {
        return toString().compareTo(another.toString());
    }

    public abstract String toString();
}
