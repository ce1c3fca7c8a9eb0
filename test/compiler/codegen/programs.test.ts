// End-to-end runs of the code generator's own test programs (test/compiler/codegen/programs):
// compiled with the stdlib, run on the VM, output compared with what JDK 17 printed (the
// `// expect:` lines were recorded from java; test/lang's differential suite re-checks the
// same pipeline against java for the language tests).

import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProgram } from '../../support/programs.ts';
import { expected, observe } from '../../support/observe.ts';
import { compileAndRun } from '../../support/pipeline.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'programs');

describe('code generator programs', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.java')).sort()) {
    it(`${file} prints what java prints`, () => {
      const p = loadProgram(join(DIR, file), file);
      const r = compileAndRun(p.files, 'Main', p.args);
      expect(r.diagnostics.map((d) => `${d.span.line}: ${d.code} ${d.message}`)).toEqual([]);
      expect(observe(r), `stderr:\n${r.stderr}`).toEqual(expected(p));
    });
  }
});
