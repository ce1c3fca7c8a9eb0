// java.lang.ClassNotFoundException (extends ReflectiveOperationException): A class named by a string could not be found.
// Constructors as in JDK 17.
package java.lang;

public class ClassNotFoundException extends ReflectiveOperationException {

    public ClassNotFoundException() {
        super();
    }

    public ClassNotFoundException(String message) {
        super(message);
    }

    public ClassNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
