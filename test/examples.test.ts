// The examples a newcomer runs first: each examples/<name>/ program runs under Ringfence and must
// print its recorded `// expect` lines (the differential suite checks those lines against java).
// A few also go through the real command line, `node bin/ringfence.js run`, as a user would.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverExamples } from './support/programs.ts';
import { expected, observe, testName } from './support/observe.ts';
import { compileAndRun } from './support/pipeline.ts';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = discoverExamples(join(REPO, 'examples'), REPO);

describe('examples', () => {
  it('there are at least 8', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  for (const p of examples) {
    it(`${testName(p)} prints what java prints`, () => {
      const r = compileAndRun(p.files, p.mainClass, p.args);
      expect(r.diagnostics.map((d) => `${d.span.file}:${d.span.line} ${d.code} ${d.message}`)).toEqual([]);
      expect(observe(r), r.stderr).toEqual(expected(p));
    });
  }
});

describe('examples through the ringfence command line', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [join(REPO, 'bin', 'ringfence.js'), ...args], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });

  for (const name of ['hello', 'fibonacci', 'calculator']) {
    it(`ringfence run examples/${name}/Main.java`, () => {
      const p = examples.find((e) => e.name === `examples/${name}`)!;
      const r = cli(['run', `examples/${name}/Main.java`]);
      expect(observe({ stdout: r.stdout, stderr: r.stderr, exitCode: r.status }), r.stderr).toEqual(expected(p));
    });
  }

  it('ringfence run --source-path examples/bank examples/bank/Main.java (packages in other files)', () => {
    const p = examples.find((e) => e.name === 'examples/bank')!;
    const r = cli(['run', '--source-path', 'examples/bank', 'examples/bank/Main.java']);
    expect(observe({ stdout: r.stdout, stderr: r.stderr, exitCode: r.status }), r.stderr).toEqual(expected(p));
  });

  it('passes arguments through to main', () => {
    const r = cli(['run', 'examples/hello/Main.java', 'Ringfence']);
    expect(r.stdout).toBe('Hello, Ringfence!\n');
    expect(r.status).toBe(0);
  });

  it('reports a compile error javac-style (file:line:col, code, source line, caret) with exit status 1', () => {
    const r = cli(['run', 'test/lang/type_errors/undefined_variable.java']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/undefined_variable\.java:6:\d+: error RF2001: cannot find symbol/);
    expect(r.stderr).toContain('System.out.println(x + y);');
    expect(r.stderr).toMatch(/\n\s*\^/);
    expect(r.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/); // no host stack trace
  });

  it('reports an uncaught exception with a Java stack trace and exit status 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rf-cli-'));
    copyFileSync(join(REPO, 'test/lang/division/uncaught_div_zero.java'), join(dir, 'Main.java'));
    const r = cli(['run', join(dir, 'Main.java')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toContain('Exception in thread "main" java.lang.ArithmeticException: / by zero');
    expect(r.stderr).toContain('\tat Main.compute(Main.java:3)');
    expect(r.stderr).toContain('\tat Main.main(Main.java:6)');
  });

  it('exits with the status given to System.exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rf-cli-'));
    copyFileSync(join(REPO, 'test/lang/exit/exit_from_deep_call.java'), join(dir, 'Main.java'));
    const r = cli(['run', join(dir, 'Main.java')]);
    expect(r.stdout).toBe('exiting from the bottom\n');
    expect(r.status).toBe(7);
  });
});
