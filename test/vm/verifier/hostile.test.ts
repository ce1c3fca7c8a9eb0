// Attack-style verifier tests written in .rfasm (test/vm/verifier/hostile/*.rfasm): each file
// is hand-written bytecode with a `// expect-verify: <message start>` line (the VerifyError the
// verifier must report) or `// expect-ok`. Files are assembled with the real assembler, then
// also run as a program through the launcher, which must print java's VerifyError and exit 1.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadStdlib } from '../../../stdlib/build.ts';
import { assemble } from '../../../vm/bytecode/assembler.ts';
import { encodeClass } from '../../../vm/bytecode/codec.ts';
import { MemoryKernel } from '../../../vm/os/kernel.ts';
import { memoryClassSource } from '../../../vm/runtime/class-source.ts';
import { launch } from '../../../vm/runtime/launcher.ts';
import { hierarchyOf, nameOf, verifyResult } from './helpers.ts';

const DIR = join(import.meta.dirname, 'hostile');
const files = readdirSync(DIR).filter((f) => f.endsWith('.rfasm')).sort();

describe('hostile bytecode in .rfasm', () => {
  test('there are attack files to run', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    test(file.replace('.rfasm', '').replace(/_/g, ' '), () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const expectation = /^\/\/ (expect-ok|expect-verify: (.*))$/m.exec(text);
      expect(expectation, `${file} has no expect-ok / expect-verify line`).not.toBeNull();
      const classes = assemble(text, file);
      const h = hierarchyOf(...classes);
      const failures = classes.map((cf) => verifyResult(cf, h)?.message ?? null).filter((m) => m !== null);
      if (expectation![1] === 'expect-ok') expect(failures).toEqual([]);
      else {
        expect(failures).toHaveLength(1);
        expect(failures[0]!.startsWith(`VerifyError: ${expectation![2]!.trim()}`), `got: ${failures[0]}`).toBe(true);
      }
    });
  }
});

describe('hostile bytecode through the launcher', () => {
  const stdlib = loadStdlib();
  for (const file of files) {
    const text = readFileSync(join(DIR, file), 'utf8');
    const expected = /^\/\/ expect-verify: (.*)$/m.exec(text)?.[1]?.trim();
    if (!expected) continue;
    test(`${file}: java-style VerifyError naming class, method and offset, exit status 1`, () => {
      const classes = assemble(text, file);
      const bytes = new Map(classes.map((cf) => [nameOf(cf), encodeClass(cf)]));
      const kernel = new MemoryKernel();
      const r = launch({
        boot: stdlib.boot,
        classPath: [memoryClassSource('test:hostile', bytes)],
        natives: stdlib.natives,
        kernel,
        mainClass: nameOf(classes[0]!),
        args: [],
      });
      expect(r.exitCode).toBe(1);
      expect(kernel.stderr).toContain(`java.lang.VerifyError: ${expected}`);
    });
  }
});
