// java.io.FileOutputStream over one of the standard descriptors. Bytes go out through a
// native that performs the write syscall; writeString encodes a String as UTF-8 in the
// native (for PrintStream's fast path) so printing does not loop over chars in Java.
package java.io;

public class FileOutputStream extends OutputStream {

    private final FileDescriptor fd;

    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
    }

    public final FileDescriptor getFD() {
        return fd;
    }

    public void write(int b) throws IOException {
        byte[] one = new byte[1];
        one[0] = (byte) b;
        writeBytes(one, 0, 1);
    }

    public void write(byte[] b) throws IOException {
        writeBytes(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException(
                "Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + b.length);
        }
        writeBytes(b, off, len);
    }

    /** Writes all len bytes or throws IOException naming the failure. */
    private native void writeBytes(byte[] b, int off, int len) throws IOException;

    /** Writes s encoded as UTF-8 (unpaired surrogates as '?', as the JDK encoder does). */
    native void writeString(String s) throws IOException;
}
