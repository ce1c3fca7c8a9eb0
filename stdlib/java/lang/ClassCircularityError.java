// java.lang.ClassCircularityError (extends LinkageError): a class is its own superclass or
// superinterface, detected while loading. Constructors as in JDK 17.
package java.lang;

public class ClassCircularityError extends LinkageError {

    public ClassCircularityError() {
        super();
    }

    public ClassCircularityError(String message) {
        super(message);
    }
}
