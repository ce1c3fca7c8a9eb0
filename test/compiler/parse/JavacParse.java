// Test helper: runs ONLY javac's parser (JavacTask.parse, no attribution) over many sources in
// one JVM and prints, per source, "<index> ok" or "<index> err <line>:<col> <message>".
// Input on stdin: sources separated by lines holding exactly "\u0000---".
import com.sun.source.util.JavacTask;
import java.io.*;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.*;
import javax.tools.*;

public class JavacParse {
  public static void main(String[] args) throws Exception {
    String all = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    String[] sources = all.split("\n\u0000---\n", -1);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sources.length; i++) {
      final String text = sources[i];
      JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///T" + i + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override public CharSequence getCharContent(boolean ignore) { return text; }
      };
      DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
      JavacTask task = (JavacTask) javac.getTask(new StringWriter(), null, diags, List.of("-proc:none", "--release", "17"), null, List.of(file));
      task.parse();
      Diagnostic<? extends JavaFileObject> first = null;
      for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) { first = d; break; }
      }
      if (first == null) out.append(i).append(" ok\n");
      else out.append(i).append(" err ").append(first.getLineNumber()).append(':').append(first.getColumnNumber()).append(' ')
          .append(first.getMessage(Locale.ROOT).split("\n")[0]).append('\n');
    }
    System.out.print(out);
  }
}
