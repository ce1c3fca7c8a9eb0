// A readable sequence of char values, implemented by String and StringBuilder so that
// String.contains/replace and StringBuilder.append accept either (JDK java.lang.CharSequence).
package java.lang;

public interface CharSequence {

    int length();

    char charAt(int index);

    CharSequence subSequence(int start, int end);

    String toString();
}
