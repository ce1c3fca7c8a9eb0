// java.lang.IllegalArgumentException (extends RuntimeException): A method was passed an illegal or inappropriate argument.
// Constructors as in JDK 17.
package java.lang;

public class IllegalArgumentException extends RuntimeException {

    public IllegalArgumentException() {
        super();
    }

    public IllegalArgumentException(String message) {
        super(message);
    }

    public IllegalArgumentException(String message, Throwable cause) {
        super(message, cause);
    }

    public IllegalArgumentException(Throwable cause) {
        super(cause);
    }
}
