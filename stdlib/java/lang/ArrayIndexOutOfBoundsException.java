// java.lang.ArrayIndexOutOfBoundsException (extends IndexOutOfBoundsException): An array was indexed with an illegal index.
// Constructors as in JDK 17.
package java.lang;

public class ArrayIndexOutOfBoundsException extends IndexOutOfBoundsException {

    public ArrayIndexOutOfBoundsException() {
        super();
    }

    public ArrayIndexOutOfBoundsException(String message) {
        super(message);
    }

    public ArrayIndexOutOfBoundsException(int index) {
        super("Array index out of range: " + index);
    }
}
