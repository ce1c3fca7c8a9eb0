// Exercises java.io.PrintStream on System.out: every print/println overload, UTF-8 output
// (including a supplementary character and an unpaired surrogate, which the JDK writes as
// '?'), raw byte writes, append, and that System.err output does not reach stdout.
import java.io.PrintStream;

public class PrintStreamApi {
    public static void main(String[] args) {
        PrintStream out = System.out;
        out.print(true);
        out.print('c');
        out.print(42);
        out.print(-7L);
        out.print(1.25f);
        out.print(0.1);
        out.print(new char[] {'x', 'y'});
        out.print((String) null);
        out.print((Object) null);
        out.print(new StringBuilder("sb"));
        out.println();
        out.println(false);
        out.println('q');
        out.println(Integer.MIN_VALUE);
        out.println(Long.MAX_VALUE);
        out.println(3.0e-5f);
        out.println(1.0e7);
        out.println(new char[] {'a', 'b'});
        out.println((String) null);
        out.println((Object) "object");
        out.println("h\u00e9llo w\u00f6rld \u2713 \u65e5\u672c \uD83D\uDE00");
        out.println("lone \uD800 surrogate \uDC00 end");
        out.write(65);
        out.write(10);
        byte[] bytes = {(byte) 0xC3, (byte) 0xA9, (byte) '!', (byte) '\n'};
        out.write(bytes, 0, bytes.length);
        out.append("appended").append(' ').append(new StringBuilder("cs")).println();
        System.err.println("this goes to stderr only");
        out.flush();
        out.println(out.checkError());
        try {
            out.print((char[]) null);
        } catch (NullPointerException e) {
            out.println("NPE for null char[]");
        }
    }
}
