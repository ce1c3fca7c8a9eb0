// java.lang.CloneNotSupportedException (extends Exception): Object.clone was called on an object that is not Cloneable.
// Constructors as in JDK 17.
package java.lang;

public class CloneNotSupportedException extends Exception {

    public CloneNotSupportedException() {
        super();
    }

    public CloneNotSupportedException(String message) {
        super(message);
    }
}
