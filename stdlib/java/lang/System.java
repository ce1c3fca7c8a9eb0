// java.lang.System: the standard streams, time, array copying, identity hashes and exit.
// Time, arraycopy and exit are natives that reach the outside world only through the
// syscall ABI (vm/os/syscalls.ts); properties are a small fixed set.
package java.lang;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;

public final class System {

    /** Standard output (fd 1), written through immediately; UTF-8. */
    public static final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);

    /** Standard error (fd 2). */
    public static final PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);

    private System() {
    }

    /** Wall-clock milliseconds since the epoch (clock_gettime REALTIME). */
    public static native long currentTimeMillis();

    /** Monotonic nanoseconds from an arbitrary origin (clock_gettime MONOTONIC). */
    public static native long nanoTime();

    /** JDK semantics, including its IndexOutOfBounds and ArrayStore messages. */
    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    /** The identity hash of x (Object.hashCode's value even if overridden); 0 for null. */
    public static native int identityHashCode(Object x);

    /** Stops the program with the given status; never returns. */
    public static native void exit(int status);

    /** No collector to prompt: the heap is the host's. Present for source compatibility. */
    public static void gc() {
    }

    public static String lineSeparator() {
        return "\n";
    }

    /**
     * The few system properties programs commonly read; anything else is null.
     * JDK messages for a null or empty key.
     */
    public static String getProperty(String key) {
        checkKey(key);
        if (key.equals("line.separator")) {
            return "\n";
        }
        if (key.equals("file.separator")) {
            return "/";
        }
        if (key.equals("path.separator")) {
            return ":";
        }
        if (key.equals("java.version") || key.equals("java.specification.version")) {
            return "17";
        }
        if (key.equals("java.vendor")) {
            return "Ringfence";
        }
        if (key.equals("file.encoding")) {
            return "UTF-8";
        }
        return null;
    }

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return (v == null) ? def : v;
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }
}
