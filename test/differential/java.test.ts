// The differential suite: every test program and example that is valid Java is compiled with
// javac and run with java (JDK 17); java's stdout and exit status must equal both the recorded
// `// expect` lines and Ringfence's (stderr too, up to JDK-specific messages and stdlib frames).
// Every expect-error program must be rejected by javac too (at the expected line), unless it only
// uses features Ringfence leaves out on purpose (SUBSET_CODES). Without java, the suite says so
// in its title and still checks Ringfence against the recorded expectations.

import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { javaStatus, javacBatch, mapLimit, runJava, type JavacVerdict, type RunResult } from '../support/java-oracle.ts';
import { expected, observe, SUBSET_CODES, testName, traceShape, type Observed } from '../support/observe.ts';
import { discoverExamples, discoverPrograms, isValidJava, type ErrorSite, type TestProgram } from '../support/programs.ts';
import { compileAndRun } from '../support/pipeline.ts';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const programs: TestProgram[] = [
  ...discoverPrograms(join(REPO, 'test', 'lang'), REPO),
  ...discoverExamples(join(REPO, 'examples'), REPO),
];
const java = javaStatus();
const title = java.java
  ? `differential: Ringfence vs ${java.reason}`
  : `differential: java ABSENT (${java.reason}) - Ringfence checked against recorded expectations only`;

describe(title, () => {
  const verdicts = new Map<TestProgram, JavacVerdict>();
  const javaRuns = new Map<TestProgram, RunResult>();

  beforeAll(async () => {
    if (!java.java) {
      console.warn(`[differential] java is absent (${java.reason}); only recorded expectations are checked`);
      return;
    }
    const all = javacBatch(programs);
    programs.forEach((p, i) => verdicts.set(p, all[i]!));
    const runnable = programs.filter((p) => isValidJava(p) && verdicts.get(p)!.ok);
    const runs = await mapLimit(runnable, 2, (p) => runJava(verdicts.get(p)!.classDir, p.mainClass, p.args));
    runnable.forEach((p, i) => javaRuns.set(p, runs[i]!));
  });

  afterAll(() => {
    const first = verdicts.values().next().value;
    if (first) rmSync(dirname(first.classDir), { recursive: true, force: true });
  });

  for (const p of programs) {
    it(testName(p), () => (isValidJava(p) ? checkValid(p) : checkRejected(p)));
  }

  /** java agrees with the recorded lines, and Ringfence agrees with java. */
  function checkValid(p: TestProgram): void {
    let oracle: Observed = expected(p);
    if (java.java) {
      const v = verdicts.get(p)!;
      expect(v.errors, 'javac should accept the program').toBe('');
      expect(v.ok).toBe(true);
      oracle = observe(javaRuns.get(p)!);
      expect(oracle, 'java should print what the // expect lines record').toEqual(expected(p));
    }
    const rf = compileAndRun(p.files, p.mainClass, p.args);
    expect(rf.diagnostics.map((d) => `${d.span.file}:${d.span.line}:${d.span.col} ${d.code} ${d.message}`)).toEqual([]);
    expect(observe(rf), `Ringfence should match java; stderr:\n${rf.stderr}`).toEqual(oracle);
    if (java.java) {
      // stderr too: uncaught-exception reports, printStackTrace and System.err output.
      expect(traceShape(rf.stderr), 'stderr (stack traces) should match java\'s').toEqual(traceShape(javaRuns.get(p)!.stderr));
    }
  }

  /** A program Ringfence rejects must not be valid Java, except for deliberately excluded features. */
  function checkRejected(p: TestProgram): void {
    if (p.expect.kind !== 'compile-error') throw new Error('unreachable');
    const mayBeValidJava = p.expect.codes.every((c) => SUBSET_CODES.has(c));
    if (java.java && !mayBeValidJava) {
      const v = verdicts.get(p)!;
      expect(v.ok, 'javac should reject it too').toBe(false);
      for (const site of javacReportable(p.expect.at)) {
        expect(v.errors, 'javac should report it at the same line').toContain(`${site.file}:${site.line}: error`);
      }
    }
    const rf = compileAndRun(p.files, p.mainClass, p.args);
    const codes = rf.diagnostics.map((d) => d.code);
    for (const code of p.expect.codes) expect(codes, `Ringfence should report ${code}`).toContain(code);
  }
});

/**
 * The sites javac is certain to report: javac skips flow analysis (definite assignment,
 * reachability: RF3xxx) once attribution has found errors, so those sites count only when the
 * program expects nothing else.
 */
function javacReportable(sites: readonly ErrorSite[]): readonly ErrorSite[] {
  const flow = (s: ErrorSite) => s.code.startsWith('RF3');
  return sites.some((s) => !flow(s)) ? sites.filter((s) => !flow(s)) : sites;
}
