// java.io.PrintStream: print/println of every type as text, UTF-8 encoded. Like the JDK it
// never throws IOException: a failed write sets the error flag checkError reports. Output is
// written through at once (no buffering), so stdout and stderr interleave as printed.
package java.io;

public class PrintStream extends OutputStream {

    private final OutputStream out;
    private boolean trouble;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    /** autoFlush is accepted for source compatibility; every print is written through. */
    public PrintStream(OutputStream out, boolean autoFlush) {
        if (out == null) {
            throw new NullPointerException("Null output stream");
        }
        this.out = out;
    }

    // ------------------------------------------------------------------ bytes

    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void write(byte[] buf, int off, int len) {
        try {
            out.write(buf, off, len);
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public boolean checkError() {
        return trouble;
    }

    /** Every print funnels through here. */
    private void writeText(String s) {
        try {
            if (out instanceof FileOutputStream) {
                ((FileOutputStream) out).writeString(s);
            } else {
                byte[] bytes = encodeUtf8(s);
                out.write(bytes, 0, bytes.length);
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    /** UTF-8 with unpaired surrogates replaced by '?', as the JDK's encoder does. */
    private static byte[] encodeUtf8(String s) {
        int n = s.length();
        byte[] buf = new byte[n * 3];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                buf[k++] = (byte) c;
            } else if (c < 0x800) {
                buf[k++] = (byte) (0xC0 | (c >> 6));
                buf[k++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                i++;
                buf[k++] = (byte) (0xF0 | (cp >> 18));
                buf[k++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[k++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[k++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                buf[k++] = (byte) '?';
            } else {
                buf[k++] = (byte) (0xE0 | (c >> 12));
                buf[k++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[k++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        byte[] exact = new byte[k];
        System.arraycopy(buf, 0, exact, 0, k);
        return exact;
    }

    // ------------------------------------------------------------------ print

    public void print(boolean b) {
        writeText(b ? "true" : "false");
    }

    public void print(char c) {
        writeText(String.valueOf(c));
    }

    public void print(int i) {
        writeText(String.valueOf(i));
    }

    public void print(long l) {
        writeText(String.valueOf(l));
    }

    public void print(float f) {
        writeText(String.valueOf(f));
    }

    public void print(double d) {
        writeText(String.valueOf(d));
    }

    /** Throws NullPointerException for a null array, as the JDK does. */
    public void print(char[] s) {
        writeText(new String(s));
    }

    public void print(String s) {
        writeText(s == null ? "null" : s);
    }

    public void print(Object obj) {
        writeText(String.valueOf(obj));
    }

    // ------------------------------------------------------------------ println

    public void println() {
        writeText("\n");
    }

    public void println(boolean x) {
        writeText((x ? "true" : "false") + "\n");
    }

    public void println(char x) {
        writeText(String.valueOf(x) + "\n");
    }

    public void println(int x) {
        writeText(String.valueOf(x) + "\n");
    }

    public void println(long x) {
        writeText(String.valueOf(x) + "\n");
    }

    public void println(float x) {
        writeText(String.valueOf(x) + "\n");
    }

    public void println(double x) {
        writeText(String.valueOf(x) + "\n");
    }

    public void println(char[] x) {
        writeText(new String(x) + "\n");
    }

    public void println(String x) {
        writeText((x == null ? "null" : x) + "\n");
    }

    public void println(Object x) {
        writeText(String.valueOf(x) + "\n");
    }

    // ------------------------------------------------------------------ append (Appendable)

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
