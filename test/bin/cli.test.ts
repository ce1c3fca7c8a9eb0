// The `ringfence` command line as a user meets it: real processes, real files in a temp dir.
// Checks exit statuses, javac/java-like output, and that bad input gets one clear line
// (file:line:col or class/method/offset) and never a host stack trace.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'ringfence.js');
let dir: string;

function rf(args: string[], cwd = dir) {
  const r = spawnSync('node', [BIN, ...args], { cwd, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function expectNoHostTrace(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at .*\.(ts|js):\d+/);
  expect(stderr).not.toMatch(/node:internal|TypeError|RangeError/);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rf-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ringfence CLI', () => {
  it('prints help listing every command', () => {
    const r = rf(['--help']);
    expect(r.status).toBe(0);
    for (const cmd of ['run', 'compile', 'asm', 'disasm', 'demo']) expect(r.stdout).toContain(cmd);
  });

  it('demo (npm start) walks through every step and ends with the guest kernel surviving faulting processes', () => {
    const r = rf(['demo']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('== 6. One level down');
    expect(r.stdout).toMatch(/killed: store page fault at pc 0x[0-9a-f]{8}/);
    expect(r.stdout).toMatch(/powered off \(pass\): [\d,]+ RV32 instructions/);
    expectNoHostTrace(r.stderr);
  });

  it('runs a source file with arguments, like java Main.java', () => {
    writeFileSync(
      join(dir, 'Echo.java'),
      'public class Echo { public static void main(String[] a) { System.out.println(a.length + ":" + a[0] + a[1]); System.exit(a.length + 40); } }\n',
    );
    const r = rf(['run', 'Echo.java', 'x', '-y']);
    expect(r.stdout).toBe('2:x-y\n');
    expect(r.status).toBe(42);
  });

  it('compiles to a directory and runs the compiled classes from a class path', () => {
    mkdirSync(join(dir, 'src', 'p'), { recursive: true });
    writeFileSync(join(dir, 'src', 'p', 'Lib.java'), 'package p; public class Lib { public static int twice(int x) { return 2 * x; } }\n');
    writeFileSync(join(dir, 'src', 'App.java'), 'import p.Lib; public class App { public static void main(String[] a) { System.out.println(Lib.twice(21)); } }\n');
    const c = rf(['compile', '-d', 'out', 'src/p/Lib.java', 'src/App.java']);
    expect(c.stderr).toBe('');
    expect(c.status).toBe(0);
    expect(existsSync(join(dir, 'out', 'p', 'Lib.class'))).toBe(true);
    const r = rf(['run', '-cp', 'out', 'App']);
    expect(r.stdout).toBe('42\n');
    expect(r.status).toBe(0);
    const d = rf(['disasm', 'out/p/Lib.class']);
    expect(d.status).toBe(0);
    expect(d.stdout).toContain('twice(I)I');
    expect(d.stdout).toContain('imul');
  });

  it('reports compile errors as file:line:col with a code and a caret, writing nothing', () => {
    writeFileSync(join(dir, 'Bad.java'), 'public class Bad {\n  public static void main(String[] a) {\n    int x = "no";\n    undefinedName();\n  }\n}\n');
    const r = rf(['compile', '-d', 'badout', 'Bad.java']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Bad\.java:3:\d+: error RF\d{4}: /);
    expect(r.stderr).toMatch(/Bad\.java:4:\d+: error RF\d{4}: /);
    expect(r.stderr).toContain('^');
    expect(existsSync(join(dir, 'badout'))).toBe(false);
    expectNoHostTrace(r.stderr);
  });

  it('rejects hand-written unsafe bytecode with a VerifyError naming class, method and offset', () => {
    writeFileSync(
      join(dir, 'Evil.rfasm'),
      [
        '.class public super Evil extends java/lang/Object',
        '  .method public static main([Ljava/lang/String;)V',
        '    .limit stack 1',
        '    .limit locals 1',
        '    Code:',
        '         0: pop',
        '         1: return',
        '  .end method',
      ].join('\n'),
    );
    const a = rf(['asm', 'Evil.rfasm', '-d', 'evil']);
    expect(a.status).toBe(0);
    const r = rf(['run', '-cp', 'evil', 'Evil']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('VerifyError');
    expect(r.stderr).toMatch(/Evil\.main\(\[Ljava\/lang\/String;\)V at offset 0/);
    expectNoHostTrace(r.stderr);
  });

  it('reports a malformed class file in one line and exits 1', () => {
    mkdirSync(join(dir, 'junk'), { recursive: true });
    writeFileSync(join(dir, 'junk', 'Junk.class'), Buffer.from('not a class file at all'));
    const d = rf(['disasm', 'junk/Junk.class']);
    expect(d.status).toBe(1);
    expect(d.stderr.trim().split('\n')).toHaveLength(1);
    expectNoHostTrace(d.stderr);
    const r = rf(['run', '-cp', 'junk', 'Junk']);
    expect(r.status).toBe(1);
    expectNoHostTrace(r.stderr);
  });

  it('prints a Java-style stack trace for an uncaught exception and exits 1', () => {
    writeFileSync(join(dir, 'Boom.java'), 'public class Boom {\n  static void f(int[] a) { a[3] = 1; }\n  public static void main(String[] x) { f(new int[2]); }\n}\n');
    const r = rf(['run', 'Boom.java']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Exception in thread "main" java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 2');
    expect(r.stderr).toContain('\tat Boom.f(Boom.java:2)');
    expect(r.stderr).toContain('\tat Boom.main(Boom.java:3)');
  });

  it('enforces an instruction budget', () => {
    writeFileSync(join(dir, 'Spin.java'), 'public class Spin { public static void main(String[] a) { while (true) {} } }\n');
    const r = rf(['run', '--max-instructions', '10000', 'Spin.java']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.length).toBeGreaterThan(0);
    expectNoHostTrace(r.stderr);
  });

  it('refuses a missing file or a bad option value with one line', () => {
    const r = rf(['run', 'Nope.java']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const m = rf(['run', '--max-instructions', 'lots', 'Nope.java']);
    expect(m.status).toBe(1);
    expectNoHostTrace(m.stderr);
    expect(readdirSync(dir)).not.toContain('Nope.class');
  });
});
