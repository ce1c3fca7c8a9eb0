// Two class-file details checked against javac's own output (javap of javac's class files):
// the Exceptions attribute of every method with a throws clause (JVMS §4.7.5), and array
// clone() compiled as `invokevirtual [T.clone:()Ljava/lang/Object;` + `checkcast [T` (JLS §10.7).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classNameAt, utf8At } from '../../../vm/bytecode/constant-pool.ts';
import { compileJava, listing } from './helpers.ts';

const SOURCE = `class Main {
  static void f() throws Exception { }
  Main() throws java.io.IOException, RuntimeException { }
  void g() { }
  static int[] copy(int[] a) { return a.clone(); }
  static String[][] copy2(String[][] s) { int n = s.clone().length; return s.clone(); }
  static Object contexts(int[] a) {
    a.clone();
    Object o = a.clone();
    System.out.println(a.clone());
    o = a.clone();
    Cloneable c = a.clone();
    Object[] q = new String[1].clone();
    int h = a.clone().hashCode();
    return a.clone();
  }
  public static void main(String[] args) { }
}
abstract class A { abstract void h() throws CloneNotSupportedException, java.io.IOException; }
`;

/** javap -v -c of javac's class files for SOURCE: the text per class name. */
function javap(): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'rf-cfextras-'));
  writeFileSync(join(dir, 'Main.java'), SOURCE);
  execFileSync('javac', ['-d', dir, join(dir, 'Main.java')], { stdio: 'pipe' });
  const text = (c: string): string => execFileSync('javap', ['-v', '-c', '-p', join(dir, `${c}.class`)], { encoding: 'utf8' });
  return new Map([['Main', text('Main')], ['A', text('A')]]);
}

/** From javap -v: method name -> its `throws` list ("<init>" for constructors). */
function javacThrows(text: string, className: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let current = '';
  for (const line of text.split('\n')) {
    const header = /^ {2}(?:[\w.[\]]+ )*([\w$.]+)\((.*)\)(?: throws .*)?;$/.exec(line);
    if (header) current = header[1] === className ? '<init>' : header[1]!.split('.').pop()!;
    const thr = /^ {6}throws (.*)$/.exec(line);
    if (thr) out[current] = thr[1]!.split(', ').map((n) => n.replaceAll('.', '/'));
  }
  return out;
}

describe('javac agreement', () => {
  const ours = compileJava({ 'Main.java': SOURCE });
  const theirs = javap();

  it('compiles', () => expect(ours.errors).toEqual([]));

  it('writes the Exceptions attribute exactly where javac does, in declaration order', () => {
    const throwsOf = (name: string): Record<string, string[]> => {
      const cf = ours.classes.get(name)!;
      const out: Record<string, string[]> = {};
      for (const m of cf.methods) if (m.exceptions.length > 0) out[utf8At(cf.constantPool, m.nameIndex)] = m.exceptions.map((i) => classNameAt(cf.constantPool, i));
      return out;
    };
    expect(throwsOf('Main')).toEqual(javacThrows(theirs.get('Main')!, 'Main'));
    expect(throwsOf('A')).toEqual(javacThrows(theirs.get('A')!, 'A'));
    expect(Object.keys(throwsOf('A'))).toEqual(['h']);
    expect(Object.keys(throwsOf('Main')).sort()).toEqual(['<init>', 'f']);
  });

  it('clones arrays through the array class and checkcasts the result, as javac', () => {
    const main = ours.classes.get('Main')!;
    const javacCalls = [...theirs.get('Main')!.matchAll(/(invokevirtual|checkcast) .*\/\/ (?:Method|class) "?([^"\s]+)"?(\.clone:\(\)Ljava\/lang\/Object;)?/g)].map((m) => `${m[1]} ${m[2]}${m[3] ?? ''}`);
    const oursCalls = [...listing(main, 'copy'), ...listing(main, 'copy2'), ...listing(main, 'contexts')].filter((l) => /^(invokevirtual|checkcast)/.test(l));
    // javac casts to what the context expects: the array type, Cloneable, Object[], or nothing for Object.
    expect(javacCalls.slice(0, 6)).toEqual(['invokevirtual [I.clone:()Ljava/lang/Object;', 'checkcast [I', 'invokevirtual [[Ljava/lang/String;.clone:()Ljava/lang/Object;', 'checkcast [[Ljava/lang/String;', 'invokevirtual [[Ljava/lang/String;.clone:()Ljava/lang/Object;', 'checkcast [[Ljava/lang/String;']);
    expect(javacCalls).toContain('checkcast java/lang/Cloneable');
    expect(javacCalls.filter((l) => l.includes('.clone:')).length).toBe(11);
    expect(oursCalls).toEqual(javacCalls);
  });
});
