// java.lang.LinkageError (extends Error): A class depends on another that changed incompatibly.
// Constructors as in JDK 17.
package java.lang;

public class LinkageError extends Error {

    public LinkageError() {
        super();
    }

    public LinkageError(String message) {
        super(message);
    }

    public LinkageError(String message, Throwable cause) {
        super(message, cause);
    }
}
