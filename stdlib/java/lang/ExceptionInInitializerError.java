// java.lang.ExceptionInInitializerError: a static initializer threw; the runtime wraps the
// exception in this (JLS §12.4.2). Its message is null and its cause the original exception.
package java.lang;

public class ExceptionInInitializerError extends LinkageError {

    public ExceptionInInitializerError() {
        super();
    }

    public ExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
    }

    public ExceptionInInitializerError(String s) {
        super(s);
    }

    public Throwable getException() {
        return getCause();
    }
}
