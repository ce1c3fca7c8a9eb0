// Property test: random arithmetic over int, long, float, double and char (expr-gen.ts) must
// print the same under Ringfence as under java. Hundreds of expressions are batched into ONE
// program, compiled once by javac and run once by java, so the default run costs two java
// invocations; `npm run fuzz` runs many more, larger batches with a fresh (printed) seed.
// Reproduce a failure with RF_SEED=<seed> (and RF_FUZZ_PROGRAMS / RF_FUZZ_ITEMS / RF_FUZZ_DEPTH if changed).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { javaStatus, javacBatch, mapLimit, runJava } from '../support/java-oracle.ts';
import { loadProgram, outputLines } from '../support/programs.ts';
import { compileAndRun } from '../support/pipeline.ts';
import { batchProgram, item, variableInits, type Item } from './expr-gen.ts';

const fuzzing = process.env.RF_FUZZ === '1';
const PROGRAMS = Number(process.env.RF_FUZZ_PROGRAMS ?? (fuzzing ? 12 : 2));
const ITEMS = Number(process.env.RF_FUZZ_ITEMS ?? (fuzzing ? 500 : 300));
const SEED = Number(process.env.RF_SEED ?? (fuzzing ? Date.now() % 1_000_000_007 : 20261126));
const DEPTH = Number(process.env.RF_FUZZ_DEPTH ?? 3);

interface Batch {
  seed: number;
  items: Item[];
  source: string;
  dir: string;
}

/** Deterministic: the same seed always gives the same program. */
function makeBatch(seed: number, root: string): Batch {
  const [inits, items] = fc.sample(fc.tuple(variableInits, fc.array(item(DEPTH), { minLength: ITEMS, maxLength: ITEMS })), {
    seed,
    numRuns: 1,
  })[0]!;
  const source = batchProgram(inits, items);
  const dir = join(root, `seed-${seed}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Main.java'), source);
  return { seed, items, source, dir };
}

const java = javaStatus();
const root = mkdtempSync(join(tmpdir(), 'rf-prop-'));
const batches = Array.from({ length: PROGRAMS }, (_, k) => makeBatch(SEED + k, root));

describe(`random arithmetic: Ringfence vs ${java.java ? 'java' : `recorded nothing (java ABSENT: ${java.reason})`}`, () => {
  const javaLines = new Map<Batch, string[]>();

  beforeAll(async () => {
    if (!java.java) {
      console.warn(`[property] java is absent (${java.reason}); only checking that Ringfence runs each batch`);
      return;
    }
    const programs = batches.map((b) => loadProgram(b.dir, `seed-${b.seed}`, true));
    const verdicts = javacBatch(programs);
    verdicts.forEach((v, i) => {
      if (!v.ok) throw new Error(`javac rejected generated program (seed ${batches[i]!.seed}):\n${v.errors.slice(0, 3000)}`);
    });
    const runs = await mapLimit(batches, 2, (_, i) => runJava(verdicts[i]!.classDir, 'Main'));
    runs.forEach((r, i) => {
      if (r.exitCode !== 0) throw new Error(`java failed on seed ${batches[i]!.seed}: ${r.stderr}`);
      javaLines.set(batches[i]!, outputLines(r.stdout));
    });
    if (verdicts[0]) rmSync(dirname(verdicts[0].classDir), { recursive: true, force: true });
  });

  // Generated sources are kept when a batch fails, so the message's path can be inspected.
  let passed = 0;
  afterAll(() => {
    if (passed === batches.length) rmSync(root, { recursive: true, force: true });
  });

  for (const b of batches) {
    it(`${ITEMS} expressions, seed ${b.seed}`, () => {
      const rf = compileAndRun([{ path: 'Main.java', text: b.source }], 'Main');
      expect(rf.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`)).toEqual([]);
      expect(rf.stderr).toBe('');
      expect(rf.exitCode).toBe(0);
      const ours = outputLines(rf.stdout);
      expect(ours.length, 'one line per generated item').toBe(ITEMS);
      if (!java.java) {
        passed++;
        return;
      }
      const theirs = javaLines.get(b)!;
      expect(theirs.length).toBe(ITEMS);
      const mismatches: string[] = [];
      for (let i = 0; i < ITEMS; i++) {
        if (ours[i] !== theirs[i]) mismatches.push(`${b.items[i]!.code}\n    java:      ${theirs[i]}\n    Ringfence: ${ours[i]}`);
      }
      expect(mismatches.slice(0, 10), `${mismatches.length} of ${ITEMS} lines differ (program in ${b.dir})`).toEqual([]);
      passed++;
    });
  }
});
