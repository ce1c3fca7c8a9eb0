// java.lang.NumberFormatException (extends IllegalArgumentException): A string could not be converted to a number.
// Constructors as in JDK 17.
package java.lang;

public class NumberFormatException extends IllegalArgumentException {

    public NumberFormatException() {
        super();
    }

    public NumberFormatException(String message) {
        super(message);
    }

    /** The JDK's message for an unparsable number: the radix is named unless it is 10. */
    static NumberFormatException forInputString(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\""
            + (radix == 10 ? "" : " under radix " + radix));
    }
}
