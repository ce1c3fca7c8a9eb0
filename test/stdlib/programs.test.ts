// Stdlib programs: each test/stdlib/programs/<Name>.java exercises one part of the standard
// library and must print exactly what JDK 17 prints (stdout and exit status). Outputs
// recorded from java live next to the source as <Name>.expected and are re-checked against
// java whenever it is present; UPDATE_STDLIB_EXPECTED=1 re-records them.
// An exit status other than 0 is declared in the source as `// exit: N`.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileAndRun } from '../support/pipeline.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'programs');
const names = readdirSync(DIR).filter((f) => f.endsWith('.java')).map((f) => f.replace(/\.java$/, '')).sort();
const hasJava = spawnSync('javac', ['-version']).status === 0;
const update = process.env.UPDATE_STDLIB_EXPECTED === '1';

interface Outcome {
  stdout: string;
  exitCode: number;
}

const sourceOf = (name: string): string => readFileSync(join(DIR, `${name}.java`), 'utf8');
const declaredExit = (name: string): number => Number(/\/\/ exit: (\d+)/.exec(sourceOf(name))?.[1] ?? 0);

function recorded(name: string): Outcome {
  const file = join(DIR, `${name}.expected`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE_STDLIB_EXPECTED=1 and java installed`);
  return { stdout: readFileSync(file, 'utf8'), exitCode: declaredExit(name) };
}

describe(`stdlib programs agree with ${hasJava ? 'java' : 'recorded java output (java absent)'}`, () => {
  const javaRuns = new Map<string, Outcome>();

  beforeAll(() => {
    if (!hasJava) return;
    const out = mkdtempSync(join(tmpdir(), 'rf-stdlib-programs-'));
    execFileSync('javac', ['-d', out, ...names.map((n) => join(DIR, `${n}.java`))], { stdio: 'pipe' });
    for (const name of names) {
      const r = spawnSync('java', ['-cp', out, name], { encoding: 'utf8' });
      javaRuns.set(name, { stdout: r.stdout, exitCode: r.status ?? -1 });
      if (update) writeFileSync(join(DIR, `${name}.expected`), r.stdout);
    }
  });

  for (const name of names) {
    it(`${name}.java prints what java prints`, () => {
      const oracle = recorded(name);
      if (hasJava) expect(javaRuns.get(name), 'java should match the recorded output').toEqual(oracle);
      const rf = compileAndRun([{ path: `${name}.java`, text: sourceOf(name) }], name);
      expect(rf.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`)).toEqual([]);
      expect({ stdout: rf.stdout, exitCode: rf.exitCode }, `stderr:\n${rf.stderr}`).toEqual(oracle);
    });
  }
});
