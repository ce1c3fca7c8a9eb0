// java.io.IOException: an I/O operation failed or was interrupted (constructors as in JDK 17).
package java.io;

public class IOException extends Exception {

    public IOException() {
        super();
    }

    public IOException(String message) {
        super(message);
    }

    public IOException(String message, Throwable cause) {
        super(message, cause);
    }

    public IOException(Throwable cause) {
        super(cause);
    }
}
