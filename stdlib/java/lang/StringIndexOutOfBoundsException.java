// java.lang.StringIndexOutOfBoundsException (extends IndexOutOfBoundsException): A String method was given an index outside the string.
// Constructors as in JDK 17.
package java.lang;

public class StringIndexOutOfBoundsException extends IndexOutOfBoundsException {

    public StringIndexOutOfBoundsException() {
        super();
    }

    public StringIndexOutOfBoundsException(String message) {
        super(message);
    }

    public StringIndexOutOfBoundsException(int index) {
        super("String index out of range: " + index);
    }
}
