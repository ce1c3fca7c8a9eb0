// java.lang.ArrayStoreException (extends RuntimeException): An object of the wrong type was stored into an array.
// Constructors as in JDK 17.
package java.lang;

public class ArrayStoreException extends RuntimeException {

    public ArrayStoreException() {
        super();
    }

    public ArrayStoreException(String message) {
        super(message);
    }
}
