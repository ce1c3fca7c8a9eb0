// The benchmark harness (`npm run bench`): the language VM (below) and the simulated machine
// (bench/machine.ts). Whole-process wall time of `ringfence run X.java`
// next to `java X.java` (the JDK's source launcher, which also compiles in memory) and
// `java -cp` on javac output, measured side by side in one run, reported as medians and ratios.
// The machines are shared and noisy, so only ratios from one run are meaningful.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { compile } from '../compiler/compile.ts';
import { encodeClass } from '../vm/bytecode/codec.ts';
import { memoryClassSource } from '../vm/runtime/class-source.ts';
import { launch } from '../vm/runtime/launcher.ts';
import { MemoryKernel } from '../vm/os/kernel.ts';
import { loadStdlib } from '../stdlib/build.ts';
import { machineBench } from './machine.ts';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const RINGFENCE = join(ROOT, 'bin', 'ringfence.js');
const PROGRAMS = ['Hello', 'Fib', 'Sieve'];
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);

interface Measured {
  median: number;
  stdout: string;
  status: number | null;
}

function time(cmd: string, args: string[]): Measured {
  const times: number[] = [];
  let last = { stdout: '', status: null as number | null };
  for (let i = 0; i < REPEATS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    last = { stdout: r.stdout, status: r.status };
    if (r.status !== 0) process.stderr.write(`bench: ${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}\n`);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], ...last };
}

function hasJava(): boolean {
  return spawnSync('java', ['-version']).status === 0 && spawnSync('javac', ['-version']).status === 0;
}

function main(): void {
  const java = hasJava();
  const classes = mkdtempSync(join(tmpdir(), 'rf-bench-'));
  // Warm the stdlib cache so the first Ringfence sample does not pay for compiling the stdlib.
  spawnSync('node', [RINGFENCE, 'run', join(ROOT, 'bench', 'programs', 'Hello.java')]);
  const rows: string[] = [];
  rows.push(
    `| program | ringfence run X.java (ms) | java X.java (ms) | ratio | ringfence run -cp (ms) | java -cp (ms) | ratio | same output |`,
  );
  rows.push(`|---|---|---|---|---|---|---|---|`);
  for (const name of PROGRAMS) {
    const src = join(ROOT, 'bench', 'programs', `${name}.java`);
    const rf = time('node', [RINGFENCE, 'run', src]);
    const rfClasses = join(classes, 'ringfence');
    spawnSync('node', [RINGFENCE, 'compile', '-d', rfClasses, src]);
    const rfcp = time('node', [RINGFENCE, 'run', '-cp', rfClasses, name]);
    const ms = (m: Measured): string => m.median.toFixed(0);
    if (!java) {
      rows.push(`| ${name} | ${ms(rf)} | (no java) | | ${ms(rfcp)} | (no java) | | |`);
      continue;
    }
    const jsrc = time('java', [src]);
    const javaClasses = join(classes, 'javac');
    spawnSync('javac', ['-d', javaClasses, src]);
    const jcp = time('java', ['-cp', javaClasses, name]);
    const same = [rf, rfcp, jcp].every((m) => m.stdout === jsrc.stdout && m.status === jsrc.status) ? 'yes' : 'NO';
    const ratio = (a: Measured, b: Measured): string => (a.median / b.median).toFixed(2);
    rows.push(
      `| ${name} | ${ms(rf)} | ${ms(jsrc)} | ${ratio(rf, jsrc)} | ${ms(rfcp)} | ${ms(jcp)} | ${ratio(rfcp, jcp)} | ${same} |`,
    );
  }
  rmSync(classes, { recursive: true, force: true });
  process.stdout.write(`Whole-process wall time, median of ${REPEATS} runs each, side by side:\n\n${rows.join('\n')}\n`);
}

/** Reference-interpreter throughput: bytecode instructions per second, in one process. */
function interpreterThroughput(): string {
  const stdlib = loadStdlib();
  const lines: string[] = [];
  for (const name of ['Fib', 'Sieve']) {
    const path = join(ROOT, 'bench', 'programs', `${name}.java`);
    const compiled = compile([{ path, text: readFileSync(path, 'utf8') }], stdlib.lookup);
    const classes = new Map([...compiled.classes].map(([k, cf]) => [k, encodeClass(cf)]));
    const rates: number[] = [];
    let instructions = 0;
    for (let i = 0; i < REPEATS; i++) {
      const t0 = performance.now();
      const r = launch({ boot: stdlib.boot, classPath: [memoryClassSource('bench', classes)], natives: stdlib.natives, kernel: new MemoryKernel(), mainClass: name, args: [] });
      rates.push(r.instructions / ((performance.now() - t0) / 1000));
      instructions = r.instructions;
    }
    rates.sort((a, b) => a - b);
    lines.push(`| ${name} | ${instructions.toLocaleString('en-US')} | ${(rates[Math.floor(rates.length / 2)] / 1e6).toFixed(1)} |`);
  }
  return `\nReference interpreter, in process, median of ${REPEATS}:\n\n| program | instructions | M instructions/s |\n|---|---|---|\n${lines.join('\n')}\n`;
}

main();
process.stdout.write(interpreterThroughput());
process.stdout.write(`\n${machineBench()}\n`);
// The tiers' micro-benchmarks (hot loop, loads/stores/calls, a conformance ELF, the kernel).
process.stdout.write('\n');
await import('./machine-tiers.ts');
