// The verifier on real code: every standard-library class and every class the compiler makes
// from the language test programs (test/lang/<feature>/*.java) passes it; byte mutations of
// those class files never cause a host error; and systematic single-instruction mutants of
// them are either rejected or found safe, both by the independent safety monitor and by
// running them in the real interpreter.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compile } from '../../../compiler/compile.ts';
import { loadStdlib } from '../../../stdlib/build.ts';
import { Access, ClassFormatError, type ClassFile } from '../../../vm/bytecode/classfile.ts';
import { decodeClass, encodeClass } from '../../../vm/bytecode/codec.ts';
import { classNameAt, utf8At } from '../../../vm/bytecode/constant-pool.ts';
import { MemoryKernel } from '../../../vm/os/kernel.ts';
import { memoryClassSource } from '../../../vm/runtime/class-source.ts';
import { launch } from '../../../vm/runtime/launcher.ts';
import { VerifyFailure, verifyClass, type ClassHierarchy } from '../../../vm/runtime/verifier.ts';
import { applyByteMutation, byteMutationArb, seededRandom, systematicMutants } from './mutants.ts';
import { monitorMethod } from './safety-monitor.ts';

const LANG_DIR = join(import.meta.dirname, '..', '..', 'lang');

const stdlib = loadStdlib();
const stdlibClasses = new Map<string, ClassFile>([...stdlib.classes].map(([n, b]) => [n, decodeClass(b, n)]));

/** A hierarchy over the stdlib plus the given classes (one program's). */
function hierarchyOver(extra: ReadonlyMap<string, ClassFile>): ClassHierarchy {
  const find = (n: string): ClassFile | undefined => extra.get(n) ?? stdlibClasses.get(n);
  return {
    superclassOf: (n) => {
      const c = find(n);
      return c === undefined ? undefined : c.superClass === 0 ? null : classNameAt(c.constantPool, c.superClass);
    },
    isInterface: (n) => {
      const c = find(n);
      return c === undefined ? undefined : (c.access & Access.INTERFACE) !== 0;
    },
    classAccess: (n) => find(n)?.access,
    methodAccess: (n, name, desc) => memberAccess(find(n)?.methods, find(n), name, desc),
    fieldAccess: (n, name, desc) => memberAccess(find(n)?.fields, find(n), name, desc),
  };
}

const memberTables = new WeakMap<object, Map<string, number>>();

/** Access flags of a member declared in cf (tables built once per class and member list). */
function memberAccess(
  members: readonly { access: number; nameIndex: number; descriptorIndex: number }[] | undefined,
  cf: ClassFile | undefined,
  name: string,
  desc: string,
): number | undefined {
  if (!members || !cf) return undefined;
  let table = memberTables.get(members);
  if (!table) {
    table = new Map(members.map((m) => [`${utf8At(cf.constantPool, m.nameIndex)}:${utf8At(cf.constantPool, m.descriptorIndex)}`, m.access]));
    memberTables.set(members, table);
  }
  return table.get(`${name}:${desc}`);
}

interface Program {
  file: string;
  classes: Map<string, ClassFile>;
  hierarchy: ClassHierarchy;
}

/** Compiles each single-file language test program that compiles (expect-error ones do not). */
function compilePrograms(): Program[] {
  const files = readdirSync(LANG_DIR, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.java') && f.split(/[\\/]/).length === 2)
    .sort();
  const out: Program[] = [];
  for (const file of files) {
    const r = compile([{ path: file, text: readFileSync(join(LANG_DIR, file), 'utf8') }], stdlib.lookup);
    if (r.diagnostics.length === 0) out.push({ file, classes: r.classes, hierarchy: hierarchyOver(r.classes) });
  }
  return out;
}

const programs = compilePrograms();

/** `count` items spread evenly over `items` (starting at `offset`), so test time stays fixed as programs are added. */
function spread<T>(items: readonly T[], count: number, offset: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % step === offset % step).slice(0, count);
}
const stdlibHierarchy = hierarchyOver(new Map());

function verifyMessage(cf: ClassFile, h: ClassHierarchy): string | null {
  try {
    verifyClass(cf, h);
    return null;
  } catch (e) {
    if (e instanceof VerifyFailure) return e.message;
    throw e;
  }
}

describe('real code passes the verifier', () => {
  test('every standard-library class verifies', () => {
    expect(stdlibClasses.size).toBeGreaterThan(20);
    const failures = [...stdlibClasses.values()].map((cf) => verifyMessage(cf, stdlibHierarchy)).filter((m) => m !== null);
    expect(failures).toEqual([]);
  });

  test('every class compiled from the language test programs verifies', () => {
    expect(programs.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (const p of programs) {
      for (const cf of p.classes.values()) {
        const m = verifyMessage(cf, p.hierarchy);
        if (m) failures.push(`${p.file}: ${m}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('mutations of real class files', () => {
  const pool = programs.flatMap((p) => [...p.classes.values()].map((cf) => ({ bytes: encodeClass(cf), h: p.hierarchy })));

  test('byte mutations never make decode+verify throw anything but ClassFormatError or VerifyFailure', () => {
    let verified = 0;
    fc.assert(
      fc.property(fc.nat({ max: pool.length - 1 }), byteMutationArb, (i, m) => {
        const { bytes, h } = pool[i]!;
        let cf: ClassFile;
        try {
          cf = decodeClass(applyByteMutation(bytes, m), 'mutant');
        } catch (e) {
          if (e instanceof ClassFormatError) return;
          throw e;
        }
        verified++;
        const msg = verifyMessage(cf, h);
        if (msg) expect(msg).not.toContain('\n');
      }),
      { numRuns: 2000 },
    );
    expect(verified).toBeGreaterThan(100);
  });

  test('systematic single-instruction mutants of compiled programs are rejected or safe on random paths', () => {
    // A spread of programs, and one stdlib class, keeps this to a few seconds.
    const throwable = stdlibClasses.get('java/lang/Throwable')!;
    const chosen = [
      ...spread(programs, 14, 0),
      { file: 'stdlib Throwable', classes: new Map([['java/lang/Throwable', throwable]]), hierarchy: stdlibHierarchy },
    ];
    let accepted = 0;
    let n = 0;
    for (const p of chosen) {
      for (const original of p.classes.values()) {
        for (const mutant of systematicMutants(original, 3)) {
          n++;
          if (verifyMessage(mutant.cf, p.hierarchy) !== null) continue;
          accepted++;
          const v = monitorMethod(mutant.cf, mutant.method, p.hierarchy, seededRandom(n), 10);
          expect(v, `${p.file}: verifier accepted an unsafe mutant (${mutant.what}): ${v}`).toBeNull();
        }
      }
    }
    expect(accepted).toBeGreaterThan(100);
  });

  test('accepted mutants run in the real interpreter without a VM error (host exception)', () => {
    // The second oracle: execute what the verifier accepts. Any ending is fine (return,
    // Java exception, budget) except a VM error, which is how the launcher reports a host
    // exception (TypeError, RangeError, undefined stack slot) escaping the interpreter.
    const outcomes: Record<string, number> = {};
    let accepted = 0;
    for (const p of spread(programs, 7, 3)) {
      const mainClass = p.classes.has('Main') ? 'Main' : [...p.classes.keys()][0]!;
      for (const [name, original] of p.classes) {
        for (const mutant of systematicMutants(original, 2)) {
          if (verifyMessage(mutant.cf, p.hierarchy) !== null || accepted++ % 3 !== 0) continue;
          const r = runProgram(p.classes, name, mutant.cf, mainClass);
          outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
          expect(r.outcome, `${p.file} (${mutant.what}): ${r.stderr}`).not.toBe('vm-error');
        }
      }
    }
    expect(outcomes.returned ?? 0).toBeGreaterThan(50);
  });

  test('the safety monitor finds nothing wrong with the unmutated programs', () => {
    for (const p of programs) {
      for (const cf of p.classes.values()) {
        for (let i = 0; i < cf.methods.length; i++) {
          expect(monitorMethod(cf, i, p.hierarchy, seededRandom(i), 5), p.file).toBeNull();
        }
      }
    }
  });
});

/** Runs a program with one class replaced, on a small instruction budget. */
function runProgram(classes: ReadonlyMap<string, ClassFile>, replaced: string, mutant: ClassFile, mainClass: string): { outcome: string; stderr: string } {
  const encoded = new Map<string, Uint8Array>();
  for (const [n, cf] of classes) encoded.set(n, encodeClass(n === replaced ? mutant : cf));
  const kernel = new MemoryKernel();
  const result = launch({
    boot: stdlib.boot,
    classPath: [memoryClassSource('test:mutant', encoded)],
    natives: stdlib.natives,
    kernel,
    mainClass,
    args: [],
    limits: { maxInstructions: 100_000 },
  });
  return { outcome: result.outcome, stderr: kernel.stderr.slice(0, 400) };
}
