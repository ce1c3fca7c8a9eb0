// The verifier on real code: every standard-library class and every class the compiler makes
// from the language test programs (test/lang/<feature>/*.java) passes it; byte mutations of
// those class files never cause a host error; and systematic single-instruction mutants of
// them are either rejected or found safe by the independent safety monitor.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compile } from '../../../compiler/compile.ts';
import { loadStdlib } from '../../../stdlib/build.ts';
import { Access, ClassFormatError, type ClassFile } from '../../../vm/bytecode/classfile.ts';
import { decodeClass, encodeClass } from '../../../vm/bytecode/codec.ts';
import { classNameAt } from '../../../vm/bytecode/constant-pool.ts';
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
  };
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
      ...programs.filter((_, i) => i % 12 === 0),
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
