// java.lang.String: an immutable sequence of UTF-16 code units. The runtime builds string
// literals directly from the two fields below (contract in vm/runtime/native-api.ts), so they
// must stay exactly `private final char[] value; private int hash;`. Regex-based methods
// (split, matches, replaceAll, replaceFirst) and case mapping are natives (natives.ts).
package java.lang;

public final class String implements java.io.Serializable, CharSequence, Comparable {

    private final char[] value;

    /** Cached hash code; 0 means "not computed yet" (or a string that hashes to 0). */
    private int hash;

    public String() {
        this.value = new char[0];
    }

    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
    }

    public String(char[] value) {
        this(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        char[] copy = new char[count];
        System.arraycopy(value, offset, copy, 0, count);
        this.value = copy;
    }

    public String(StringBuilder builder) {
        this(builder.toString());
    }

    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    /** Shares `value` without copying; only for callers that never touch the array again. */
    String(char[] value, boolean share) {
        this.value = value;
    }

    // ------------------------------------------------------------------ bounds checks (JDK 17 messages)

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException(
                "offset " + offset + ", count " + count + ", length " + length);
        }
    }

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
    }

    static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
        }
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException(
                "begin " + begin + ", end " + end + ", length " + length);
        }
    }

    // ------------------------------------------------------------------ basic queries

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return value[index];
    }

    public int codePointAt(int index) {
        char c1 = charAt(index);
        if (Character.isHighSurrogate(c1) && index + 1 < value.length) {
            char c2 = value[index + 1];
            if (Character.isLowSurrogate(c2)) {
                return Character.toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public char[] toCharArray() {
        char[] result = new char[value.length];
        System.arraycopy(value, 0, result, 0, value.length);
        return result;
    }

    public String toString() {
        return this;
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    // ------------------------------------------------------------------ equality and order

    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (!(anObject instanceof String)) {
            return false;
        }
        char[] other = ((String) anObject).value;
        if (other.length != value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (value[i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean contentEquals(CharSequence cs) {
        int n = cs.length();
        if (n != value.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        if (this == anotherString) {
            return true;
        }
        return anotherString != null && anotherString.value.length == value.length
            && regionMatches(true, 0, anotherString, 0, value.length);
    }

    /** s[0]*31^(n-1) + s[1]*31^(n-2) + ... + s[n-1], cached (JDK String.hashCode). */
    public int hashCode() {
        int h = hash;
        if (h == 0 && value.length > 0) {
            for (int i = 0; i < value.length; i++) {
                h = 31 * h + value[i];
            }
            hash = h;
        }
        return h;
    }

    public int compareTo(String anotherString) {
        char[] v2 = anotherString.value;
        int lim = Math.min(value.length, v2.length);
        for (int k = 0; k < lim; k++) {
            char c1 = value[k];
            char c2 = v2[k];
            if (c1 != c2) {
                return c1 - c2;
            }
        }
        return value.length - v2.length;
    }

    /** The bridge the JDK's generic Comparable<String> implies. */
    public int compareTo(Object o) {
        return compareTo((String) o);
    }

    /** JDK String.CASE_INSENSITIVE_ORDER: upper-case, then lower-case, per char. */
    public int compareToIgnoreCase(String str) {
        int n1 = value.length;
        int n2 = str.value.length;
        int min = Math.min(n1, n2);
        for (int i = 0; i < min; i++) {
            char c1 = value[i];
            char c2 = str.value[i];
            if (c1 != c2) {
                c1 = Character.toUpperCase(c1);
                c2 = Character.toUpperCase(c2);
                if (c1 != c2) {
                    c1 = Character.toLowerCase(c1);
                    c2 = Character.toLowerCase(c2);
                    if (c1 != c2) {
                        return c1 - c2;
                    }
                }
            }
        }
        return n1 - n2;
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) value.length - len
            || ooffset > (long) other.value.length - len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char c1 = value[toffset + i];
            char c2 = other.value[ooffset + i];
            if (c1 == c2) {
                continue;
            }
            if (!ignoreCase) {
                return false;
            }
            char u1 = Character.toUpperCase(c1);
            char u2 = Character.toUpperCase(c2);
            if (u1 == u2) {
                continue;
            }
            if (Character.toLowerCase(u1) != Character.toLowerCase(u2)) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > value.length - prefix.value.length) {
            return false;
        }
        for (int i = 0; i < prefix.value.length; i++) {
            if (value[toffset + i] != prefix.value[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    // ------------------------------------------------------------------ searching

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    /** Supplementary code points (> 0xFFFF) are found as their surrogate pair. */
    public int indexOf(int ch, int fromIndex) {
        int from = fromIndex < 0 ? 0 : fromIndex;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = from; i < value.length; i++) {
                if (value[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (int i = from; i < value.length - 1; i++) {
            if (value[i] == hi && value[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            int i = Math.min(fromIndex, value.length - 1);
            for (; i >= 0; i--) {
                if (value[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        int i = Math.min(fromIndex, value.length - 2);
        for (; i >= 0; i--) {
            if (value[i] == hi && value[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        char[] target = str.value;
        int from = fromIndex < 0 ? 0 : fromIndex;
        if (from >= value.length) {
            return target.length == 0 ? value.length : -1;
        }
        int max = value.length - target.length;
        for (int i = from; i <= max; i++) {
            if (matchesAt(i, target)) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        char[] target = str.value;
        int rightIndex = value.length - target.length;
        int i = fromIndex > rightIndex ? rightIndex : fromIndex;
        for (; i >= 0; i--) {
            if (matchesAt(i, target)) {
                return i;
            }
        }
        return -1;
    }

    private boolean matchesAt(int at, char[] target) {
        for (int j = 0; j < target.length; j++) {
            if (value[at + j] != target[j]) {
                return false;
            }
        }
        return true;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ------------------------------------------------------------------ new strings

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        checkBoundsBeginEnd(beginIndex, endIndex, value.length);
        if (beginIndex == 0 && endIndex == value.length) {
            return this;
        }
        if (beginIndex == endIndex) {
            return "";
        }
        return new String(value, beginIndex, endIndex - beginIndex);
    }

    public String concat(String str) {
        if (str.isEmpty()) {
            return this;
        }
        char[] buf = new char[value.length + str.value.length];
        System.arraycopy(value, 0, buf, 0, value.length);
        System.arraycopy(str.value, 0, buf, value.length, str.value.length);
        return new String(buf, true);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar) {
            return this;
        }
        int first = indexOf(oldChar);
        if (first < 0) {
            return this;
        }
        char[] buf = toCharArray();
        for (int i = first; i < buf.length; i++) {
            if (buf[i] == oldChar) {
                buf[i] = newChar;
            }
        }
        return new String(buf, true);
    }

    /** Literal (not regex) replacement of every occurrence, left to right (JDK 17). */
    public String replace(CharSequence target, CharSequence replacement) {
        String trgt = target.toString();
        String repl = replacement.toString();
        if (trgt.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            sb.append(repl);
            for (int i = 0; i < value.length; i++) {
                sb.append(value[i]);
                sb.append(repl);
            }
            return sb.toString();
        }
        int j = indexOf(trgt);
        if (j < 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (j >= 0) {
            sb.append(value, i, j - i);
            sb.append(repl);
            i = j + trgt.length();
            j = indexOf(trgt, i);
        }
        sb.append(value, i, value.length - i);
        return sb.toString();
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        int len = value.length;
        if (len == 0 || count == 0) {
            return "";
        }
        if (Integer.MAX_VALUE / count < len) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] buf = new char[len * count];
        for (int k = 0; k < count; k++) {
            System.arraycopy(value, 0, buf, k * len, len);
        }
        return new String(buf, true);
    }

    /** Removes leading and trailing chars <= ' ' (JDK String.trim). */
    public String trim() {
        int st = 0;
        int len = value.length;
        while (st < len && value[st] <= ' ') {
            st++;
        }
        while (st < len && value[len - 1] <= ' ') {
            len--;
        }
        return substring(st, len);
    }

    /** Removes leading and trailing Character.isWhitespace code points (JDK 11 strip). */
    public String strip() {
        int st = firstNonWhitespace();
        int end = st == value.length ? st : lastNonWhitespace();
        return substring(st, end);
    }

    public String stripLeading() {
        return substring(firstNonWhitespace(), value.length);
    }

    public String stripTrailing() {
        return substring(0, lastNonWhitespace());
    }

    public boolean isBlank() {
        return firstNonWhitespace() == value.length;
    }

    private int firstNonWhitespace() {
        int i = 0;
        while (i < value.length && Character.isWhitespace(value[i])) {
            i++;
        }
        return i;
    }

    private int lastNonWhitespace() {
        int i = value.length;
        while (i > 0 && Character.isWhitespace(value[i - 1])) {
            i--;
        }
        return i;
    }

    /** Full Unicode case mapping as the JDK does in the root locale (e.g. "ß" -> "SS"). */
    public native String toUpperCase();

    public native String toLowerCase();

    // ------------------------------------------------------------------ regex (natives; see natives.ts for the subset)

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public native String[] split(String regex, int limit);

    public native boolean matches(String regex);

    public native String replaceAll(String regex, String replacement);

    public native String replaceFirst(String regex, String replacement);

    /**
     * The elements joined by the delimiter, "null" for null elements. JDK: join(CharSequence,
     * CharSequence...); with no varargs in the language it takes the array explicitly.
     */
    public static String join(CharSequence delimiter, CharSequence[] elements) {
        String delim = delimiter.toString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(delim);
            }
            sb.append(String.valueOf(elements[i]));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ valueOf

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        char[] buf = new char[1];
        buf[0] = c;
        return new String(buf, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    /** The canonical copy from the runtime's string pool (literals are already interned). */
    public native String intern();
}
