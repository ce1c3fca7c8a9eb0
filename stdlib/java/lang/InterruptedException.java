// java.lang.InterruptedException (extends Exception): A thread was interrupted while waiting.
// Constructors as in JDK 17.
package java.lang;

public class InterruptedException extends Exception {

    public InterruptedException() {
        super();
    }

    public InterruptedException(String message) {
        super(message);
    }
}
