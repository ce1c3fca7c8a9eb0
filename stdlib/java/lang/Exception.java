// java.lang.Exception (extends Throwable): The conditions a reasonable application might want to catch.
// Constructors as in JDK 17.
package java.lang;

public class Exception extends Throwable {

    public Exception() {
        super();
    }

    public Exception(String message) {
        super(message);
    }

    public Exception(String message, Throwable cause) {
        super(message, cause);
    }

    public Exception(Throwable cause) {
        super(cause);
    }
}
