// Shared harness for the code generator's generated-program property tests: writes each
// seed's program, compiles and runs them all under javac/java (two JVM starts in total) when
// java is present, and registers one vitest case per seed comparing Ringfence's output line
// by line. Without java, each case still checks Ringfence compiles and runs the program.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { javaStatus, javacBatch, mapLimit, runJava } from '../../support/java-oracle.ts';
import { loadProgram, outputLines } from '../../support/programs.ts';
import { compileAndRun } from '../../support/pipeline.ts';

export interface GeneratedSuite {
  title: string;
  seeds: number[];
  source: (seed: number) => string;
  /** Lines every run prints, to catch a truncated run even without java. */
  lines: number;
}

export function differentialSuite(s: GeneratedSuite): void {
  const java = javaStatus();
  const root = mkdtempSync(join(tmpdir(), 'rf-gen-'));
  const batches = s.seeds.map((seed) => {
    const dir = join(root, `seed-${seed}`);
    mkdirSync(dir, { recursive: true });
    const source = s.source(seed);
    writeFileSync(join(dir, 'Main.java'), source);
    return { seed, dir, source };
  });

  describe(`${s.title}: Ringfence vs ${java.java ? 'java' : `nothing (java absent: ${java.reason})`}`, () => {
    const javaLines = new Map<number, string[]>();

    beforeAll(async () => {
      if (!java.java) return;
      const verdicts = javacBatch(batches.map((b) => loadProgram(b.dir, `seed-${b.seed}`, true)));
      verdicts.forEach((v, i) => {
        if (!v.ok) throw new Error(`javac rejected the generated program for seed ${batches[i]!.seed}:\n${v.errors.slice(0, 3000)}`);
      });
      const runs = await mapLimit(batches, 2, (_, i) => runJava(verdicts[i]!.classDir, 'Main'));
      runs.forEach((r, i) => javaLines.set(batches[i]!.seed, outputLines(r.stdout)));
    }, 120_000);

    for (const b of batches) {
      it(`seed ${b.seed}`, () => {
        const rf = compileAndRun([{ path: 'Main.java', text: b.source }], 'Main');
        expect(rf.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`)).toEqual([]);
        expect(rf.stderr, rf.outcome).toBe('');
        const ours = outputLines(rf.stdout);
        expect(ours).toHaveLength(s.lines);
        if (!java.java) return;
        const theirs = javaLines.get(b.seed)!;
        const diffs = ours.flatMap((line, i) => (line === theirs[i] ? [] : [`line ${i + 1}\n  java:      ${theirs[i]}\n  Ringfence: ${line}`]));
        expect(diffs.slice(0, 3), `seed ${b.seed}: ${diffs.length} lines differ`).toEqual([]);
      });
    }
  });
}
