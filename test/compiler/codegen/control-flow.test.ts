// Property test for control flow: random methods mixing loops, labeled break/continue,
// switch fallthrough, try/catch/finally and guarded return/throw (control-gen.ts) must
// print the same execution trace under Ringfence as under java. This is what checks finally
// inlining, handler gaps and stack/local bookkeeping on shapes nobody wrote by hand.
// RF_CF_SEED=<n> reproduces a seed; RF_CF_PROGRAMS raises the number of programs.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { javaStatus, javacBatch, mapLimit, runJava } from '../../support/java-oracle.ts';
import { loadProgram, outputLines } from '../../support/programs.ts';
import { compileAndRun } from '../../support/pipeline.ts';
import { controlFlowProgram } from './control-gen.ts';

const SEED = Number(process.env.RF_CF_SEED ?? 20261126);
const PROGRAMS = Number(process.env.RF_CF_PROGRAMS ?? 2);
const METHODS = 25;
const CALLS = METHODS * 4; // main calls each method with p = 0..3

const java = javaStatus();
const root = mkdtempSync(join(tmpdir(), 'rf-cf-'));
const batches = Array.from({ length: PROGRAMS }, (_, k) => {
  const seed = SEED + k;
  const dir = join(root, `seed-${seed}`);
  mkdirSync(dir, { recursive: true });
  const source = controlFlowProgram(seed, METHODS);
  writeFileSync(join(dir, 'Main.java'), source);
  return { seed, dir, source };
});

describe(`random control flow: Ringfence vs ${java.java ? 'java' : `nothing (java absent: ${java.reason})`}`, () => {
  const javaLines = new Map<number, string[]>();

  beforeAll(async () => {
    if (!java.java) return;
    const verdicts = javacBatch(batches.map((b) => loadProgram(b.dir, `seed-${b.seed}`)));
    verdicts.forEach((v, i) => {
      if (!v.ok) throw new Error(`javac rejected the generated program for seed ${batches[i]!.seed}:\n${v.errors.slice(0, 3000)}`);
    });
    const runs = await mapLimit(batches, 2, (_, i) => runJava(verdicts[i]!.classDir, 'Main'));
    runs.forEach((r, i) => javaLines.set(batches[i]!.seed, outputLines(r.stdout)));
  }, 120_000);

  for (const b of batches) {
    it(`${METHODS} methods, seed ${b.seed}`, () => {
      const rf = compileAndRun([{ path: 'Main.java', text: b.source }], 'Main');
      expect(rf.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`)).toEqual([]);
      expect(rf.stderr, rf.outcome).toBe('');
      const ours = outputLines(rf.stdout);
      expect(ours).toHaveLength(CALLS);
      if (!java.java) return;
      const theirs = javaLines.get(b.seed)!;
      const diffs = ours.flatMap((line, i) => (line === theirs[i] ? [] : [`java:      ${theirs[i]}\nRingfence: ${line}`]));
      expect(diffs.slice(0, 3), `seed ${b.seed}: ${diffs.length} calls differ`).toEqual([]);
    });
  }
});
