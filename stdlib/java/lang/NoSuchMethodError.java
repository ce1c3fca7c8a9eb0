// java.lang.NoSuchMethodError (extends IncompatibleClassChangeError): A referenced method no longer exists.
// Constructors as in JDK 17.
package java.lang;

public class NoSuchMethodError extends IncompatibleClassChangeError {

    public NoSuchMethodError() {
        super();
    }

    public NoSuchMethodError(String message) {
        super(message);
    }
}
