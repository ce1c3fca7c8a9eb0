// java.lang.ClassFormatError (extends LinkageError): A class file is malformed.
// Constructors as in JDK 17.
package java.lang;

public class ClassFormatError extends LinkageError {

    public ClassFormatError() {
        super();
    }

    public ClassFormatError(String message) {
        super(message);
    }
}
