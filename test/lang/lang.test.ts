// The language test runner: every program under test/lang/<feature>/ (a .java file, or a
// directory of files) is compiled and run in-process by Ringfence and checked against its
// `// expect:` / `// expect-error:` / `// expect-runtime-error:` / `// expect-exit:` directives.

import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../compiler/diagnostics.ts';
import { discoverPrograms, type TestProgram } from '../support/programs.ts';
import { expected, observe, testName } from '../support/observe.ts';
import { compileAndRun } from '../support/pipeline.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..', '..');
const programs = discoverPrograms(HERE, REPO);

describe('language test programs', () => {
  it('there are at least 170 of them', () => {
    expect(programs.length).toBeGreaterThanOrEqual(170);
  });

  for (const p of programs) {
    it(testName(p), () => check(p));
  }
});

function check(p: TestProgram): void {
  const r = compileAndRun(p.files, p.mainClass, p.args);
  if (p.expect.kind === 'compile-error') {
    const codes = r.diagnostics.map((d) => d.code);
    expect(codes.length, 'the program should be rejected').toBeGreaterThan(0);
    for (const code of p.expect.codes) expect(codes, `diagnostics should include ${code}`).toContain(code);
    const reported = r.diagnostics.map((d) => `${d.code} ${basename(d.span.file)}:${d.span.line}`);
    for (const site of p.expect.at) {
      expect(reported, 'reported at the right line').toContain(`${site.code} ${site.file}:${site.line}`);
      if (site.says === undefined) continue;
      const there = r.diagnostics.filter((d) => d.code === site.code && d.span.line === site.line && basename(d.span.file) === site.file).map((d) => d.message);
      expect(there.join('\n'), 'the message names the problem').toContain(site.says);
    }
    return;
  }
  const texts = new Map(p.files.map((f) => [f.path, f.text]));
  const shown = r.diagnostics.map((d) => formatDiagnostic(d, texts.get(d.span.file))).join('\n');
  expect(shown, 'the program should compile').toBe('');
  expect(observe(r), `stderr:\n${r.stderr}\noutcome: ${r.outcome}`).toEqual(expected(p));
}
