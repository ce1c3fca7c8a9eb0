// Runs small Java programs under the real JDK (the oracle for the stdlib's meaning): compiles
// one source file into a temp dir and feeds it a batch of inputs on stdin in ONE java run.
// Hands on: runJava(className, source, stdinLines) -> stdout lines.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const compiled = new Map<string, string>();

/** Compiles `source` (public class `className`) once per process; returns the class dir. */
function compileOnce(className: string, source: string): string {
  const hit = compiled.get(source);
  if (hit) return hit;
  const dir = mkdtempSync(join(tmpdir(), 'rf-stdlib-oracle-'));
  writeFileSync(join(dir, `${className}.java`), source);
  try {
    execFileSync('javac', ['-d', dir, join(dir, `${className}.java`)], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(`javac failed for the ${className} oracle (is JDK 17 installed?): ${String(e)}`);
  }
  compiled.set(source, dir);
  return dir;
}

export function runJava(className: string, source: string, stdinLines: readonly string[]): string[] {
  const dir = compileOnce(className, source);
  const out = execFileSync('java', ['-cp', dir, '-Xshare:auto', className], {
    input: stdinLines.join('\n') + '\n',
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  const lines = out.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
