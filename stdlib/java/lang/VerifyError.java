// java.lang.VerifyError (extends LinkageError): A class file failed verification.
// Constructors as in JDK 17.
package java.lang;

public class VerifyError extends LinkageError {

    public VerifyError() {
        super();
    }

    public VerifyError(String message) {
        super(message);
    }
}
