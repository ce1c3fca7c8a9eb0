// Compiles many small test programs in ONE JVM (javax.tools), so the differential suite pays
// javac's start-up once instead of once per program. Reads lines "outDir<TAB>file<TAB>file..."
// from stdin; for each writes "<index> ok" or "<index> fail" to stdout, with javac's messages
// for failures saved in outDir/javac-errors.txt. Run with `java JavacBatch.java`.
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class JavacBatch {
  public static void main(String[] args) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    int index = 0;
    while ((line = in.readLine()) != null) {
      if (line.isEmpty()) continue;
      String[] parts = line.split("\t");
      Path outDir = Path.of(parts[0]);
      Files.createDirectories(outDir);
      List<String> argv = new ArrayList<>(List.of("-d", parts[0], "-encoding", "UTF-8", "-nowarn", "-Xlint:none"));
      for (int i = 1; i < parts.length; i++) argv.add(parts[i]);
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int rc = javac.run(null, null, err, argv.toArray(new String[0]));
      if (rc != 0) Files.write(outDir.resolve("javac-errors.txt"), err.toByteArray());
      System.out.println(index + (rc == 0 ? " ok" : " fail"));
      System.out.flush();
      index++;
    }
  }
}
