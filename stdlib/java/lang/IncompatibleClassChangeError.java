// java.lang.IncompatibleClassChangeError (extends LinkageError): A class changed incompatibly with code that uses it.
// Constructors as in JDK 17.
package java.lang;

public class IncompatibleClassChangeError extends LinkageError {

    public IncompatibleClassChangeError() {
        super();
    }

    public IncompatibleClassChangeError(String message) {
        super(message);
    }
}
