// java.io.FileDescriptor: an open file of the process, by number. The standard three are
// the only ones a program can name; FileOutputStream's native reads `fd` to write to it.
package java.io;

public final class FileDescriptor {

    private int fd;

    public static final FileDescriptor in = new FileDescriptor(0);
    public static final FileDescriptor out = new FileDescriptor(1);
    public static final FileDescriptor err = new FileDescriptor(2);

    /** An invalid descriptor, as in the JDK. */
    public FileDescriptor() {
        fd = -1;
    }

    private FileDescriptor(int fd) {
        this.fd = fd;
    }

    public boolean valid() {
        return fd != -1;
    }

    public void sync() {
    }
}
