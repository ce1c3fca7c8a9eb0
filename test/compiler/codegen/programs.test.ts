// End-to-end runs of the code generator's own test programs (test/compiler/codegen/programs):
// compiled with the stdlib, run on the VM, output compared with what JDK 17 printed (the
// `// expect:` lines were recorded from java). When java is on PATH the programs are also run
// under java again, and the recorded lines and the stack trace of an uncaught exception
// (exception class, the program's own frames and line numbers) must match that run.

import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { javaStatus, javacBatch, mapLimit, runJava, type RunResult } from '../../support/java-oracle.ts';
import { expected, observe, traceShape } from '../../support/observe.ts';
import { loadProgram } from '../../support/programs.ts';
import { compileAndRun } from '../../support/pipeline.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'programs');
const programs = readdirSync(DIR)
  .filter((f) => f.endsWith('.java'))
  .sort()
  .map((f) => loadProgram(join(DIR, f), f));

describe('code generator programs', () => {
  for (const p of programs) {
    it(`${p.name} prints what java printed when recorded`, () => {
      const r = compileAndRun(p.files, p.mainClass, p.args);
      expect(r.diagnostics.map((d) => `${d.span.line}: ${d.code} ${d.message}`)).toEqual([]);
      expect(observe(r), `stderr:\n${r.stderr}`).toEqual(expected(p));
    });
  }
});

describe(`code generator programs against ${javaStatus().java ? 'java now' : `nothing (java absent: ${javaStatus().reason})`}`, () => {
  const java = javaStatus().java;
  const runs = new Map<string, RunResult>();

  beforeAll(async () => {
    if (!java) return;
    const verdicts = javacBatch(programs);
    verdicts.forEach((v, i) => {
      if (!v.ok) throw new Error(`javac rejected ${programs[i]!.name}:\n${v.errors}`);
    });
    const results = await mapLimit(programs, 2, (p, i) => runJava(verdicts[i]!.classDir, p.mainClass, p.args));
    results.forEach((r, i) => runs.set(programs[i]!.name, r));
  }, 120_000);

  for (const p of programs) {
    it(`${p.name}: recorded lines and stack trace agree with ${java ? 'java' : 'the recording'}`, () => {
      const r = compileAndRun(p.files, p.mainClass, p.args);
      const theirs = runs.get(p.name);
      if (!theirs) {
        // Without java, at least the recording must still describe a run that completes.
        expect(r.outcome).not.toBe('compile error');
        return;
      }
      expect(expected(p), 'the recorded // expect lines are stale').toEqual(observe(theirs));
      expect(traceShape(r.stderr)).toEqual(traceShape(theirs.stderr));
    });
  }
});
