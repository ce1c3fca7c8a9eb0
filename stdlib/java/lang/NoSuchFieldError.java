// java.lang.NoSuchFieldError (extends IncompatibleClassChangeError): A referenced field no longer exists.
// Constructors as in JDK 17.
package java.lang;

public class NoSuchFieldError extends IncompatibleClassChangeError {

    public NoSuchFieldError() {
        super();
    }

    public NoSuchFieldError(String message) {
        super(message);
    }
}
