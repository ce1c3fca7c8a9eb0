// Turns a run (under Ringfence or java) into one comparable shape — stdout lines, exit status and
// the uncaught exception class — and builds the same shape from a program's directives, so every
// suite compares with a single toEqual and a failure shows a readable diff.

import { outputLines, type TestProgram } from './programs.ts';
import { uncaughtException } from './java-oracle.ts';

export interface Observed {
  stdout: string[];
  exitCode: number | null;
  /** Class named by `Exception in thread "main" <class>` on stderr, or null. */
  uncaught: string | null;
}

export function observe(run: { stdout: string; stderr: string; exitCode: number | null }): Observed {
  return { stdout: outputLines(run.stdout), exitCode: run.exitCode, uncaught: uncaughtException(run.stderr) ?? null };
}

/** What a valid program's directives say it must do. */
export function expected(p: TestProgram): Observed {
  const e = p.expect;
  if (e.kind === 'output') return { stdout: e.stdout, exitCode: e.exitCode, uncaught: null };
  if (e.kind === 'runtime-error') return { stdout: e.stdout, exitCode: 1, uncaught: e.exception };
  throw new Error(`${p.name} expects a compile error, not a run`);
}

/** Test name for a program: its path without the leading "test/". */
export function testName(p: TestProgram): string {
  return p.name.replace(/^test\//, '');
}

/**
 * Diagnostic codes for features Ringfence leaves out on purpose although they are valid Java:
 * a program expecting only these may be accepted by javac (generics, lambdas, nested classes,
 * enums, varargs, try-with-resources, autoboxing, class literals, default methods, switch on
 * other types).
 */
export const SUBSET_CODES: ReadonlySet<string> = new Set(['RF1003', 'RF2020', 'RF2039', 'RF4017', 'RF2041']);

/**
 * stderr prepared for comparing stack traces by exception class and the program's own frames,
 * files and line numbers: the uncaught exception's message is dropped from its "Exception in
 * thread" line (JDK 17's "helpful NullPointerException" wording is not something Ringfence
 * promises to copy), and standard-library frames (`at java.base/...`) are left out, since the
 * stdlib is a different implementation with its own line numbers.
 */
export function traceShape(stderr: string): string[] {
  return stderr
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((l) => !l.startsWith('\tat java.base/'))
    .map((l) => (l.startsWith('Exception in thread "main" ') ? l.replace(/^(Exception in thread "main" [\w.$]+).*$/, '$1') : l));
}
