// java.lang.AbstractMethodError (extends IncompatibleClassChangeError): An abstract method was invoked.
// Constructors as in JDK 17.
package java.lang;

public class AbstractMethodError extends IncompatibleClassChangeError {

    public AbstractMethodError() {
        super();
    }

    public AbstractMethodError(String message) {
        super(message);
    }
}
