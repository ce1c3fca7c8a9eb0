// Everything the code generator emits must pass the VM's verifier and survive the class-file
// codec unchanged; and the compile driver must never throw, whatever text it is given.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../../../compiler/compile.ts';
import type { ClassFile } from '../../../vm/bytecode/classfile.ts';
import { decodeClass, encodeClass } from '../../../vm/bytecode/codec.ts';
import { classNameAt } from '../../../vm/bytecode/constant-pool.ts';
import { verifyClass } from '../../../vm/runtime/verifier.ts';
import { loadStdlib } from '../../../stdlib/build.ts';
import { compileJava } from './helpers.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROGRAM_DIR = join(HERE, 'programs');
const PROGRAMS = readdirSync(PROGRAM_DIR)
  .filter((f) => f.endsWith('.java'))
  .sort()
  .map((f) => readFileSync(join(PROGRAM_DIR, f), 'utf8'));

function hierarchyOver(own: Map<string, ClassFile>) {
  const find = (n: string): ClassFile | null => own.get(n) ?? loadStdlib().lookup.find(n);
  return {
    superclassOf(n: string): string | null | undefined {
      const cf = find(n);
      if (!cf) return undefined;
      return cf.superClass === 0 ? null : classNameAt(cf.constantPool, cf.superClass);
    },
    isInterface(n: string): boolean | undefined {
      const cf = find(n);
      return cf ? (cf.access & 0x0200) !== 0 : undefined;
    },
  };
}

describe('generated classes', () => {
  for (const [i, text] of PROGRAMS.entries()) {
    const { classes, errors } = compileJava({ 'Main.java': text });

    it(`of test program ${i} compile without diagnostics`, () => {
      expect(errors).toEqual([]);
      expect(classes.size).toBeGreaterThan(0);
    });

    it(`of test program ${i} pass the verifier`, () => {
      const h = hierarchyOver(classes);
      for (const cf of classes.values()) expect(() => verifyClass(cf, h)).not.toThrow();
    });

    it(`of test program ${i} round-trip through encode and decode`, () => {
      for (const cf of classes.values()) expect(decodeClass(encodeClass(cf))).toEqual(cf);
    });
  }

  it('include the whole standard library, which also passes the verifier', () => {
    const lib = loadStdlib();
    const h = hierarchyOver(new Map());
    let n = 0;
    for (const name of lib.classes.keys()) {
      verifyClass(lib.lookup.find(name)!, h);
      n++;
    }
    expect(n).toBeGreaterThan(20);
  });
});

describe('the compile driver', () => {
  it('returns diagnostics, never throws, on mangled programs', () => {
    const base = PROGRAMS[0]!;
    const mangle = fc.tuple(fc.nat(base.length), fc.nat(40), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(mangle, ([at, cut, insert]) => {
        const text = base.slice(0, at) + insert + base.slice(at + cut);
        const r = compile([{ path: 'Main.java', text }], loadStdlib().lookup);
        return r.diagnostics.length > 0 || r.classes.size > 0;
      }),
      { numRuns: 25 },
    );
  });
});
