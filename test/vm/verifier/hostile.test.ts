// Attack-style verifier tests written in .rfasm (test/vm/verifier/hostile/*.rfasm): each file
// is hand-written bytecode with a `// expect-verify: <message start>` line (the VerifyError the
// verifier must report) or `// expect-ok`. Files are assembled with the real assembler.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assemble } from '../../../vm/bytecode/assembler.ts';
import { hierarchyOf, verifyResult } from './helpers.ts';

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
