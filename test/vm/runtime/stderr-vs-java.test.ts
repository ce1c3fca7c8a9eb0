// Uncaught exceptions end-to-end: real Java source through the Ringfence compiler, the real
// stdlib and launch(), compared with javac + java on stderr byte for byte (stack traces
// with lines, "Caused by:", "... n more", static initializer failures, native frames).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAndRun } from '../../support/pipeline.ts';

const PROGRAMS: Record<string, string> = {
  'cause chain with frames in common': `public class Main {
    static void inner() { throw new IllegalStateException("inner"); }
    static void outer() {
        try { inner(); } catch (IllegalStateException e) { throw new RuntimeException("outer", e); }
    }
    public static void main(String[] args) {
        System.out.println("start");
        outer();
    }
}
`,
  'an overridden toString is used for the first line': `class MyEx extends RuntimeException {
    public String toString() { return "custom view of MyEx"; }
}
public class Main {
    public static void main(String[] args) {
        throw new MyEx();
    }
}
`,
  'an overridden printStackTrace(PrintStream) is what the uncaught handler calls': `import java.io.PrintStream;
class Quiet extends RuntimeException {
    public void printStackTrace(PrintStream s) { s.println("quiet: " + getMessage()); }
    public void printStackTrace() { System.out.println("not this one"); }
}
public class Main {
    public static void main(String[] args) {
        throw new Quiet();
    }
}
`,
  'the main class initializer fails': `public class Main {
    static int zero() { return 0; }
    static int x = 1 / zero();
    public static void main(String[] args) {
        System.out.println(x);
    }
}
`,
  'another class initializer fails under main': `class Helper {
    static int[] table = new int[2];
    static int v = table[3];
    static void touch() {}
}
public class Main {
    public static void main(String[] args) {
        System.out.println("before");
        Helper.touch();
    }
}
`,
  'a class whose initializer failed is unusable afterwards': `class Helper {
    static int v = 1 / Integer.parseInt("0");
    static void touch() {}
}
public class Main {
    public static void main(String[] args) {
        try { Helper.touch(); } catch (ExceptionInInitializerError e) { System.out.println("first: " + e.getCause()); }
        try { Helper.touch(); } catch (NoClassDefFoundError e) { System.out.println("second: " + e.getMessage()); }
        Helper.touch();
    }
}
`,
  'an exception thrown from a constructor and rethrown later': `class Thing {
    Thing(int n) {
        if (n > 1) throw new IllegalArgumentException("n=" + n);
    }
}
public class Main {
    static RuntimeException saved;
    static void make() {
        try { new Thing(5); } catch (IllegalArgumentException e) { saved = e; }
    }
    public static void main(String[] args) {
        make();
        throw saved;
    }
}
`,
  'helpful NullPointerException messages': `public class Main {
    Main next; int v; String name;
    static String sf;
    static String none() { return null; }
    void inst(String p, long q, String r) {
        try { r.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { next.next.v = 1; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { this.name.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        long z = 5; String w = null;
        try { w.substring(1, 2); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        String[] arr = new String[2]; int i = 1; int[] ia = null;
        try { arr[i].length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { arr[0].indexOf("x", 1); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { sf.concat(w); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { none().length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { ia[2] = ia.length; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { throw null; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
    public static void main(String[] args) {
        new Main().inst(null, 1L, null);
        StringBuilder sb = null;
        sb.append(1.5);
    }
}
`,
  'an uncaught StackOverflowError prints its 1024 deepest frames': `public class Main {
    static int down(int n) {
        return down(n + 1) + 1;
    }
    public static void main(String[] args) {
        System.out.println(down(0));
    }
}
`,
  'a native method raises the exception': `public class Main {
    public static void main(String[] args) {
        int[] a = new int[1];
        System.arraycopy(a, 0, a, 0, 5);
    }
}
`,
};

function runJava(source: string): { stdout: string; stderr: string; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'rf-stderr-'));
  try {
    writeFileSync(join(dir, 'Main.java'), source);
    // javac + java -cp, not the source launcher (which adds reflection frames to traces)
    const c = spawnSync('javac', ['-d', dir, join(dir, 'Main.java')], { encoding: 'utf8' });
    if (c.status !== 0) throw new Error(`javac failed: ${c.stderr}`);
    const r = spawnSync('java', ['-cp', dir, 'Main'], { cwd: dir, encoding: 'utf8' });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('uncaught exceptions print exactly what java prints', () => {
  for (const [title, source] of Object.entries(PROGRAMS)) {
    it(title, () => {
      const java = runJava(source);
      const ours = compileAndRun([{ path: 'Main.java', text: source }], 'Main');
      expect(ours.diagnostics).toEqual([]);
      expect({ stdout: ours.stdout, stderr: ours.stderr, status: ours.exitCode }).toEqual(java);
    }, 60_000);
  }
});
