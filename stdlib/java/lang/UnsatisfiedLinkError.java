// java.lang.UnsatisfiedLinkError (extends LinkageError): A native method has no implementation.
// Constructors as in JDK 17.
package java.lang;

public class UnsatisfiedLinkError extends LinkageError {

    public UnsatisfiedLinkError() {
        super();
    }

    public UnsatisfiedLinkError(String message) {
        super(message);
    }
}
