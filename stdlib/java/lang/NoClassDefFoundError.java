// java.lang.NoClassDefFoundError (extends LinkageError): The definition of a needed class could not be found.
// Constructors as in JDK 17.
package java.lang;

public class NoClassDefFoundError extends LinkageError {

    public NoClassDefFoundError() {
        super();
    }

    public NoClassDefFoundError(String message) {
        super(message);
    }
}
