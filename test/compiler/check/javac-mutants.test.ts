// Differential test against javac: mutants of the accepted cases (see mutants.ts) that the
// front end parses must get the same verdict from the checker as from javac (accept or
// reject), except where Ringfence names a feature outside its subset (boxing, ...).

import fc from 'fast-check';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProgram } from '../../../compiler/check/check.ts';
import { DiagnosticBag } from '../../../compiler/diagnostics.ts';
import { parseCompilationUnit } from '../../../compiler/parse.ts';
import { loadStdlib } from '../../../stdlib/build.ts';
import { javacBatch, javaStatus } from '../../support/java-oracle.ts';
import type { TestProgram } from '../../support/programs.ts';
import { SUBSET_CODES } from '../../support/observe.ts';
import { SEEDS, mutant, mutationArb } from './mutants.ts';

const status = javaStatus();

describe.skipIf(!status.java)(`checker verdicts on mutated programs match javac (${status.reason})`, () => {
  it('accepts exactly what javac accepts', () => {
    const lookup = loadStdlib().lookup;
    const samples = fc.sample(fc.tuple(fc.nat(SEEDS.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 2 })), { numRuns: 500, seed: 17 });
    const root = mkdtempSync(join(tmpdir(), 'rf-mutants-'));
    const judged: { program: TestProgram; ours: string[] }[] = [];
    for (const [seed, muts] of samples) {
      const files = mutant(seed, muts);
      const diags = new DiagnosticBag();
      const units = Object.entries(files).map(([path, text]) => parseCompilationUnit(path, text, diags));
      if (diags.hasErrors) continue;
      checkProgram(units.filter((u) => u !== null), lookup, diags);
      if (diags.items.some((d) => SUBSET_CODES.has(d.code))) continue; // valid Java outside the subset
      const dir = join(root, `m${judged.length}`);
      const srcs = Object.entries(files).map(([path, text]) => {
        const absPath = join(dir, path);
        mkdirSync(dirname(absPath), { recursive: true });
        writeFileSync(absPath, text);
        return { path, absPath, text };
      });
      const program: TestProgram = { name: dir, files: srcs, mainClass: 'Main', args: [], expect: { kind: 'output', stdout: [], exitCode: 0 } };
      judged.push({ program, ours: diags.items.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`) });
    }
    expect(judged.length).toBeGreaterThan(50);
    const verdicts = javacBatch(judged.map((j) => j.program));
    const disagreements = judged
      .map((j, i) => ({ dir: j.program.name, javac: verdicts[i]!.ok, ours: j.ours }))
      .filter((d) => d.javac !== (d.ours.length === 0));
    expect(disagreements).toEqual([]);
  }, 300_000);
});
