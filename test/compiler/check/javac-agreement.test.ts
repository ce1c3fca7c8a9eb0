// The oracle check for cases.ts: javac (JDK 17) must accept exactly the programs the checker
// accepts, except valid Java deliberately outside the subset (`subset`). All cases compile in
// one JVM (javacBatch). Skipped with a stated reason only when javac is not installed.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { javacBatch, javaStatus } from '../../support/java-oracle.ts';
import type { TestProgram } from '../../support/programs.ts';
import { CASES, type CheckCase } from './cases.ts';
import { filesOf } from './helpers.ts';

function toProgram(c: CheckCase, root: string, i: number): TestProgram {
  const dir = join(root, `case${i}`);
  const files = Object.entries(filesOf(c.src)).map(([path, text]) => {
    const absPath = join(dir, path);
    mkdirSync(dirname(absPath), { recursive: true });
    writeFileSync(absPath, text);
    return { path, absPath, text };
  });
  return { name: c.name, files, mainClass: 'Main', args: [], expect: { kind: 'output', stdout: [], exitCode: 0 } };
}

const status = javaStatus();
const judged = CASES.filter((c) => !c.javacSkip);

describe.skipIf(!status.java)(`javac agrees with the checker's verdicts (${status.reason})`, () => {
  const root = mkdtempSync(join(tmpdir(), 'rf-check-'));
  let verdicts: { ok: boolean; errors: string }[] | undefined;
  const verdict = (i: number) => (verdicts ??= javacBatch(judged.map((c, j) => toProgram(c, root, j))))[i]!;

  judged.forEach((c, i) => {
    const javacShould = c.errors === undefined || c.subset === true ? 'accept' : 'reject';
    it(`javac should ${javacShould}: ${c.name}`, () => {
      const v = verdict(i);
      expect(v.ok ? 'accept' : 'reject', v.errors).toBe(javacShould);
    }, 120_000);
  });
});
