// java.lang.ClassCastException (extends RuntimeException): A cast to a type the object is not an instance of.
// Constructors as in JDK 17.
package java.lang;

public class ClassCastException extends RuntimeException {

    public ClassCastException() {
        super();
    }

    public ClassCastException(String message) {
        super(message);
    }
}
