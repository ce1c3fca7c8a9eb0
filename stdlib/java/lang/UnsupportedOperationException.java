// java.lang.UnsupportedOperationException (extends RuntimeException): The requested operation is not supported.
// Constructors as in JDK 17.
package java.lang;

public class UnsupportedOperationException extends RuntimeException {

    public UnsupportedOperationException() {
        super();
    }

    public UnsupportedOperationException(String message) {
        super(message);
    }

    public UnsupportedOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnsupportedOperationException(Throwable cause) {
        super(cause);
    }
}
