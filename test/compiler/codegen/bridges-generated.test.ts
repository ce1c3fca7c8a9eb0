// Random class hierarchies with covariant overriding (bridge-gen.ts), one program per seed:
// Ringfence must compile and run each (every call through every supertype), and when java is
// present print exactly what java prints and emit exactly javac's bridges in every class.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { javaStatus, javacBatch, mapLimit, runJava } from '../../support/java-oracle.ts';
import { loadProgram, outputLines } from '../../support/programs.ts';
import { hierarchyProgram } from './bridge-gen.ts';
import { compileWith, javacBridges, ourBridges, runClasses, type BridgeTable } from './bridge-tables.ts';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const java = javaStatus();
const root = mkdtempSync(join(tmpdir(), 'rf-bridge-gen-'));
const programs = SEEDS.map((seed) => {
  const dir = join(root, `seed-${seed}`);
  mkdirSync(dir, { recursive: true });
  const { source, lines } = hierarchyProgram(seed);
  writeFileSync(join(dir, 'Main.java'), source);
  return { seed, dir, source, lines };
});

describe(`generated covariant hierarchies: Ringfence vs ${java.java ? 'java and javac' : `nothing (java absent: ${java.reason})`}`, () => {
  const javaLines = new Map<number, string[]>();
  const javacTables = new Map<number, BridgeTable>();

  beforeAll(async () => {
    if (!java.java) return;
    const verdicts = javacBatch(programs.map((p) => loadProgram(p.dir, `seed-${p.seed}`, true)));
    verdicts.forEach((v, i) => {
      if (!v.ok) throw new Error(`javac rejected the program for seed ${programs[i]!.seed}:\n${v.errors.slice(0, 3000)}`);
    });
    javacBridges(verdicts.map((v) => v.classDir)).forEach((t, i) => javacTables.set(programs[i]!.seed, t));
    const runs = await mapLimit(programs, 2, (_, i) => runJava(verdicts[i]!.classDir, 'Main'));
    runs.forEach((r, i) => javaLines.set(programs[i]!.seed, outputLines(r.stdout)));
  }, 180_000);

  it('the generator makes programs that need bridges', () => {
    const total = programs.reduce((n, p) => n + Object.values(ourBridges(compileWith([{ path: 'Main.java', text: p.source }]))).flat().length, 0);
    expect(total).toBeGreaterThan(SEEDS.length);
  });

  for (const p of programs) {
    it(`seed ${p.seed}`, () => {
      const classes = compileWith([{ path: 'Main.java', text: p.source }]);
      const r = runClasses(classes, 'Main');
      expect(r.stderr, `seed ${p.seed}:\n${p.source}`).toBe('');
      const ours = outputLines(r.stdout);
      expect(ours).toHaveLength(p.lines);
      if (!java.java) return;
      expect(ours, `seed ${p.seed}`).toEqual(javaLines.get(p.seed));
      expect(ourBridges(classes), `seed ${p.seed}`).toEqual(javacTables.get(p.seed));
    });
  }
});
