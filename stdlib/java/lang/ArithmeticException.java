// java.lang.ArithmeticException (extends RuntimeException): An exceptional arithmetic condition, e.g. integer "/ by zero".
// Constructors as in JDK 17.
package java.lang;

public class ArithmeticException extends RuntimeException {

    public ArithmeticException() {
        super();
    }

    public ArithmeticException(String message) {
        super(message);
    }
}
