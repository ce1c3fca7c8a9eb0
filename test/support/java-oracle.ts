// Runs test programs under the real JDK (javac + java), the oracle for the language's meaning.
// Compiles many programs in one JVM via JavacBatch.java, then runs each with `java -cp`, at
// most two at a time. Hands back per-program javac verdicts and java's stdout/stderr/status.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProgram } from './programs.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface JavacVerdict {
  ok: boolean;
  /** Directory holding the class files (when ok). */
  classDir: string;
  /** javac's messages (when not ok). */
  errors: string;
}

let availability: { java: boolean; reason: string } | undefined;

/** Whether `java` and `javac` can be run here; the reason says why not. */
export function javaStatus(): { java: boolean; reason: string } {
  if (availability) return availability;
  const probe = (cmd: string) => spawnSync(cmd, ['-version'], { encoding: 'utf8' });
  const j = probe('java');
  const c = probe('javac');
  if (j.error || j.status !== 0) availability = { java: false, reason: 'java is not on PATH' };
  else if (c.error || c.status !== 0) availability = { java: false, reason: 'javac is not on PATH' };
  else availability = { java: true, reason: (j.stderr || j.stdout).split('\n')[0] ?? 'java' };
  return availability;
}

/** Temp directories made by javacBatch; removed when the process exits (class dirs stay usable until then). */
const tempRoots: string[] = [];
process.on('exit', () => {
  for (const dir of tempRoots) rmSync(dir, { recursive: true, force: true });
});

/** Compiles each program into its own temp directory with one JVM; verdicts in input order. */
export function javacBatch(programs: readonly TestProgram[]): JavacVerdict[] {
  const root = mkdtempSync(join(tmpdir(), 'rf-javac-'));
  tempRoots.push(root);
  const dirs = programs.map((_, i) => join(root, `p${i}`));
  const input = programs.map((p, i) => [dirs[i], ...p.files.map((f) => f.absPath)].join('\t')).join('\n') + '\n';
  const r = spawnSync('java', [join(HERE, 'JavacBatch.java')], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`JavacBatch failed: ${r.stderr}`);
  const ok = new Set(r.stdout.split('\n').filter((l) => l.endsWith(' ok')).map((l) => Number(l.split(' ')[0])));
  return dirs.map((classDir, i) => {
    const errFile = join(classDir, 'javac-errors.txt');
    return { ok: ok.has(i), classDir, errors: existsSync(errFile) ? readFileSync(errFile, 'utf8') : '' };
  });
}

/** Runs `java -cp classDir mainClass args` and collects its output. */
export function runJava(classDir: string, mainClass: string, args: readonly string[] = []): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-Dfile.encoding=UTF-8', '-Xss1m', '-cp', classDir, mainClass, ...args]);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), exitCode: code ?? -1 }),
    );
  });
}

/** Maps `fn` over items with at most `limit` in flight (the machine has 2 cores). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (t: T, i: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The exception class named on the first line of an uncaught-exception report, if any. */
export function uncaughtException(stderr: string): string | undefined {
  const m = /^Exception in thread "main" ([\w.$]+)/m.exec(stderr);
  return m?.[1];
}
