// java.lang.IllegalAccessError (extends IncompatibleClassChangeError): Access to a field or method that is not accessible.
// Constructors as in JDK 17.
package java.lang;

public class IllegalAccessError extends IncompatibleClassChangeError {

    public IllegalAccessError() {
        super();
    }

    public IllegalAccessError(String message) {
        super(message);
    }
}
