// java.lang.NegativeArraySizeException (extends RuntimeException): An array was created with a negative size.
// Constructors as in JDK 17.
package java.lang;

public class NegativeArraySizeException extends RuntimeException {

    public NegativeArraySizeException() {
        super();
    }

    public NegativeArraySizeException(String message) {
        super(message);
    }
}
