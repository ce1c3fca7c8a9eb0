// Line-number tables compared with javac's: the programs in lines/ and programs/ are compiled by Ringfence
// and (when java is present) by javac, and every method's line entries must name the same
// lines in the same order (pcs differ: the instruction sequences are not identical); each
// program also runs and must print its recorded output. Plus
// fixed expectations recorded from javac for the entries that javac adds at closing braces.

import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClassFile } from '../../../vm/bytecode/classfile.ts';
import { utf8At } from '../../../vm/bytecode/constant-pool.ts';
import { javaStatus, javacBatch } from '../../support/java-oracle.ts';
import { expected, observe } from '../../support/observe.ts';
import { compileAndRun } from '../../support/pipeline.ts';
import { loadProgram } from '../../support/programs.ts';
import { compileJava, compileMain } from './helpers.ts';
import { jvmLineTables } from './jvm-lines.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The line-table programs, and the end-to-end programs (whose tables must match too). */
const DIRS = [join(HERE, 'lines'), join(HERE, 'programs')];

/** Per method ("name+descriptor"), the lines of its entries in pc order. */
function ourLines(cf: ClassFile): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const mi of cf.methods) {
    const key = utf8At(cf.constantPool, mi.nameIndex) + utf8At(cf.constantPool, mi.descriptorIndex);
    out.set(key, (mi.code?.lineNumbers ?? []).slice().sort((a, b) => a.startPc - b.startPc).map((l) => l.line));
  }
  return out;
}

const linesOf = (classes: Map<string, ClassFile>, cls: string, method: string): number[] => ourLines(classes.get(cls)!).get(method)!;

describe('the implicit return gets the closing brace line, as javac gives it', () => {
  it('in a void method whose last statement completes normally', () => {
    const c = compileMain('static int s;\nstatic void v(int a) {\n  if (a > 0) {\n    s = a;\n  }\n}');
    expect(linesOf(c, 'Main', 'v(I)V')).toEqual([4, 5, 7]);
  });

  it('in an empty method and in a constructor', () => {
    const c = compileMain('static void e() {\n}\nint f;\nMain() {\n  f = 1;\n}');
    expect(linesOf(c, 'Main', 'e()V')).toEqual([3]);
    expect(linesOf(c, 'Main', '<init>()V')).toEqual([5, 6, 7]);
  });

  it('not after an explicit return (no implicit return is emitted)', () => {
    const c = compileMain('static void r() {\n  return;\n}');
    expect(linesOf(c, 'Main', 'r()V')).toEqual([3]);
  });

  it('in <clinit> and a default constructor at the end of the last initializer', () => {
    const r = compileJava({ 'Main.java': 'class Main {\n  static int a = 1;\n  static {\n    a++;\n  }\n  int x;\n  {\n    x = 2;\n  }\n}\n' });
    expect(r.errors).toEqual([]);
    expect(linesOf(r.classes, 'Main', '<clinit>()V')).toEqual([2, 4, 5]);
    expect(linesOf(r.classes, 'Main', '<init>()V')).toEqual([1, 8, 9]);
  });
});

describe('line tables match javac', () => {
  const java = javaStatus();
  const programs = DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.java'))
      .sort()
      .map((f) => loadProgram(join(dir, f), `${basename(dir)}/${f}`)),
  );
  const javacDirs = new Map<string, string>();

  beforeAll(() => {
    if (!java.java) return;
    javacBatch(programs).forEach((v, i) => {
      if (!v.ok) throw new Error(`javac rejected ${programs[i]!.name}:\n${v.errors}`);
      javacDirs.set(programs[i]!.name, v.classDir);
    });
  }, 120_000);

  for (const p of programs) {
    it(`${p.name}: every method names javac's lines in javac's order${java.java ? '' : ' (java absent: only checks entries exist)'}`, () => {
      const r = compileJava(Object.fromEntries(p.files.map((f) => [f.path, f.text])));
      expect(r.errors).toEqual([]);
      const diffs: string[] = [];
      for (const [name, cf] of r.classes) {
        const ours = ourLines(cf);
        if (!java.java) {
          for (const [m, lines] of ours) if (lines.length === 0) diffs.push(`${name}.${m} has no line entries`);
          continue;
        }
        const theirs = jvmLineTables(readFileSync(join(javacDirs.get(p.name)!, `${name}.class`)));
        for (const [m, lines] of ours) {
          const want = theirs.get(m) ?? [];
          if (lines.join(',') !== want.join(',')) diffs.push(`${name}.${m}\n  javac:     ${want.join(',')}\n  Ringfence: ${lines.join(',')}`);
        }
      }
      expect(diffs).toEqual([]);
    });

    it(`${p.name} runs and prints what java printed`, () => {
      const run = compileAndRun(p.files, p.mainClass, p.args);
      expect(observe(run), run.stderr).toEqual(expected(p));
    });
  }
});
