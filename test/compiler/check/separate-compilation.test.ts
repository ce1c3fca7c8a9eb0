// Checked exceptions across separate compilation (JLS §11.2, JVMS §4.7.5): a library compiled
// to class files keeps its throws clauses in the Exceptions attribute, so a caller compiled
// against it (as with `ringfence compile -cp out`) is checked exactly as javac checks it.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, type ClassLookup } from '../../../compiler/compile.ts';
import { Diagnostics } from '../../../compiler/diagnostics.ts';
import { CpTag, type ClassFile } from '../../../vm/bytecode/classfile.ts';
import { decodeClass, encodeClass } from '../../../vm/bytecode/codec.ts';
import { assemble } from '../../../vm/bytecode/assembler.ts';
import { disassemble } from '../../../vm/bytecode/disassembler.ts';
import { loadStdlib } from '../../../stdlib/build.ts';

const LIB = `package lib;
public class Lib {
  public static void f() throws Exception { throw new Exception("f"); }
  public static void g() { }
  public static void io() throws java.io.IOException, CloneNotSupportedException { }
  public Lib() throws java.io.IOException { }
  public void m() throws java.io.IOException { }
}
`;

/** Compiles the library, then round-trips every class through bytes as a class path would. */
function compiledLibrary(): Map<string, ClassFile> {
  const r = compile([{ path: 'lib/Lib.java', text: LIB }], loadStdlib().lookup);
  expect(r.diagnostics.map((d) => d.message)).toEqual([]);
  return new Map([...r.classes].map(([n, cf]) => [n, decodeClass(encodeClass(cf), `${n}.class`)]));
}

function classPath(lib: Map<string, ClassFile>): ClassLookup {
  const std = loadStdlib().lookup;
  return { find: (n) => lib.get(n) ?? std.find(n), hasPackage: (p) => p === 'lib' || p.startsWith('java') };
}

/** The diagnostic codes for `Main.java` compiled against the library's class files only. */
function codesAgainstLibrary(main: string): string[] {
  return compile([{ path: 'Main.java', text: main }], classPath(compiledLibrary())).diagnostics.map((d) => d.code);
}

/** Whether javac accepts `Main.java` compiled against javac's own class files of the library. */
function javacAccepts(main: string): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'rf-sepcomp-'));
  mkdirSync(join(dir, 'lib'));
  writeFileSync(join(dir, 'lib', 'Lib.java'), LIB);
  execFileSync('javac', ['-d', join(dir, 'out'), join(dir, 'lib', 'Lib.java')], { stdio: 'pipe' });
  writeFileSync(join(dir, 'Main.java'), main);
  try {
    execFileSync('javac', ['-cp', join(dir, 'out'), '-d', join(dir, 'out'), join(dir, 'Main.java')], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

function disassembleClassName(cf: ClassFile, i: number): string {
  const e = cf.constantPool[i];
  const n = e?.tag === CpTag.Class ? cf.constantPool[e.nameIndex] : null;
  return n?.tag === CpTag.Utf8 ? n.value : '?';
}

const UNREPORTED = Diagnostics.UnreportedException.code;
const NEVER_THROWN = Diagnostics.ExceptionNeverThrown.code;

const CASES: [string, string, string[]][] = [
  ['calling a binary method that throws Exception', 'class Main { public static void main(String[] a) { lib.Lib.f(); } }', [UNREPORTED]],
  ['catching it', 'class Main { public static void main(String[] a) { try { lib.Lib.f(); } catch (Exception e) { } } }', []],
  ['declaring it', 'class Main { public static void main(String[] a) throws Exception { lib.Lib.f(); } }', []],
  ['two checked exceptions, one caught', 'class Main { public static void main(String[] a) { try { lib.Lib.io(); } catch (java.io.IOException e) { } } }', [UNREPORTED]],
  ['a binary constructor that throws', 'class Main { public static void main(String[] a) { new lib.Lib(); } }', [UNREPORTED]],
  ['an implicit super() to it', 'class Main extends lib.Lib { Main() throws java.io.IOException { } public static void main(String[] a) { } }', []],
  ['a default constructor calling it', 'class Main extends lib.Lib { public static void main(String[] a) { } }', [UNREPORTED]],
  ['catching what a binary method cannot throw', 'class Main { public static void main(String[] a) { try { lib.Lib.g(); } catch (java.io.IOException e) { } } }', [NEVER_THROWN]],
];

describe('checked exceptions of class-path classes', () => {
  it.each(CASES)('%s: the same verdict as javac', (_what, main, expected) => {
    const codes = codesAgainstLibrary(main);
    expect(codes).toEqual(expected);
    expect(javacAccepts(main)).toBe(expected.length === 0);
  });

  it('an override may not widen a binary method\'s throws clause (JLS §8.4.8.3)', () => {
    const narrow = 'class Main extends lib.Lib { Main() throws java.io.IOException { } public void m() { } public static void main(String[] a) { } }';
    const wide = 'class Main extends lib.Lib { Main() throws java.io.IOException { } public void m() throws Exception { } public static void main(String[] a) { } }';
    expect(codesAgainstLibrary(narrow)).toEqual([]);
    expect(codesAgainstLibrary(wide)).toEqual([Diagnostics.CannotOverride.code]);
    expect([javacAccepts(narrow), javacAccepts(wide)]).toEqual([true, false]);
  });

  it('the Exceptions attribute shows in the disassembly and assembles back to the same class', () => {
    const lib = compiledLibrary().get('lib/Lib')!;
    const text = disassemble(lib);
    expect(text).toContain('.throws java/lang/Exception');
    expect(text).toMatch(/\.throws java\/io\/IOException\n\s*\.throws java\/lang\/CloneNotSupportedException/);
    const back = assemble(text, 'Lib.rfasm');
    expect(back).toHaveLength(1);
    expect(disassemble(back[0]!)).toBe(text);
    const names = (cf: ClassFile): string[][] => cf.methods.map((m) => m.exceptions.map((i) => disassembleClassName(cf, i)));
    expect(names(back[0]!)).toEqual(names(lib));
    expect(names(lib).filter((n) => n.length > 0)).toHaveLength(4);
  });
});
