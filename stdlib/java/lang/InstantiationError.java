// java.lang.InstantiationError (extends IncompatibleClassChangeError): new was used on an abstract class or interface.
// Constructors as in JDK 17.
package java.lang;

public class InstantiationError extends IncompatibleClassChangeError {

    public InstantiationError() {
        super();
    }

    public InstantiationError(String message) {
        super(message);
    }
}
