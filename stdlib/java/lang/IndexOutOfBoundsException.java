// java.lang.IndexOutOfBoundsException (extends RuntimeException): An index of some sort is out of range.
// Constructors as in JDK 17.
package java.lang;

public class IndexOutOfBoundsException extends RuntimeException {

    public IndexOutOfBoundsException() {
        super();
    }

    public IndexOutOfBoundsException(String message) {
        super(message);
    }

    public IndexOutOfBoundsException(int index) {
        super("Index out of range: " + index);
    }
}
