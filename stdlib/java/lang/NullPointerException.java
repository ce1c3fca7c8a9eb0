// java.lang.NullPointerException (extends RuntimeException): null was used where an object is required.
// Constructors as in JDK 17.
package java.lang;

public class NullPointerException extends RuntimeException {

    public NullPointerException() {
        super();
    }

    public NullPointerException(String message) {
        super(message);
    }
}
