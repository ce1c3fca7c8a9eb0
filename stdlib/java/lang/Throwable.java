// java.lang.Throwable: message, cause chain and stack trace of every exception and error.
// The runtime reads and writes the three fields below directly (contract in
// vm/runtime/native-api.ts): the interpreter fills stackTrace through fillInStackTrace0.
package java.lang;

import java.io.PrintStream;

public class Throwable implements java.io.Serializable {

    private String detailMessage;

    /** `this` means "cause not yet set" (so initCause can still set it once), as in the JDK. */
    private Throwable cause = this;

    private StackTraceElement[] stackTrace;

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null) ? null : cause.toString();
        this.cause = cause;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public Throwable getCause() {
        return (cause == this) ? null : cause;
    }

    public Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException(
                "Can't overwrite cause with " + (cause == null ? "a null" : cause.toString()), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    /** Records the current stack (minus this method and the constructors) in stackTrace. */
    public Throwable fillInStackTrace() {
        fillInStackTrace0();
        return this;
    }

    private native void fillInStackTrace0();

    public StackTraceElement[] getStackTrace() {
        StackTraceElement[] trace = getOurStackTrace();
        StackTraceElement[] copy = new StackTraceElement[trace.length];
        System.arraycopy(trace, 0, copy, 0, trace.length);
        return copy;
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = new StackTraceElement[stackTrace.length];
        for (int i = 0; i < stackTrace.length; i++) {
            if (stackTrace[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
            copy[i] = stackTrace[i];
        }
        this.stackTrace = copy;
    }

    private StackTraceElement[] getOurStackTrace() {
        if (stackTrace == null) {
            return new StackTraceElement[0];
        }
        return stackTrace;
    }

    // ------------------------------------------------------------------ printing (JDK 17 format)

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        Throwable[] seen = new Throwable[8];
        seen[0] = this;
        s.println(this);
        StackTraceElement[] trace = getOurStackTrace();
        for (int i = 0; i < trace.length; i++) {
            s.println("\tat " + trace[i]);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            ourCause.printEnclosedStackTrace(s, trace, "", seen, 1);
        }
    }

    /**
     * Prints this throwable as the cause of one whose trace is enclosingTrace: frames in
     * common at the bottom are elided as "... n more"; a cause seen before prints as a
     * circular reference. `seen` holds the first nSeen throwables already printed.
     */
    private void printEnclosedStackTrace(PrintStream s, StackTraceElement[] enclosingTrace,
                                         String prefix, Throwable[] seen, int nSeen) {
        for (int i = 0; i < nSeen; i++) {
            if (seen[i] == this) {
                s.println(prefix + "Caused by: [CIRCULAR REFERENCE: " + this + "]");
                return;
            }
        }
        Throwable[] now = seen;
        if (nSeen == seen.length) {
            now = new Throwable[seen.length * 2];
            System.arraycopy(seen, 0, now, 0, nSeen);
        }
        now[nSeen] = this;
        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;
        s.println(prefix + "Caused by: " + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (framesInCommon != 0) {
            s.println(prefix + "\t... " + framesInCommon + " more");
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            ourCause.printEnclosedStackTrace(s, trace, prefix, now, nSeen + 1);
        }
    }
}
