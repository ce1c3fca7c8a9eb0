// Discovers the language test programs (test/lang/<feature>/*.java, or a directory of files
// per multi-file program) and the examples, and parses their `// expect...` directives into a
// TestProgram that the lang runner, the differential suite and the examples test all share.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

export interface SourceFile {
  /** Path relative to the program's root (used in diagnostics and stack traces). */
  path: string;
  /** Absolute path on disk (handed to javac). */
  absPath: string;
  text: string;
}

/** What a program must do, from its directives. Exactly one outcome kind applies. */
export type Expectation =
  | { kind: 'output'; stdout: string[]; exitCode: number }
  | { kind: 'runtime-error'; stdout: string[]; exception: string }
  | { kind: 'compile-error'; codes: string[]; at: ErrorSite[] };

/**
 * `// expect-error: RF2001 @7` (line 7 of the same file) or `@Util.java:3`: where it must be
 * reported; optionally followed by `"text"` that the message must contain.
 */
export interface ErrorSite {
  code: string;
  /** File name (last path component) the error must be reported in. */
  file: string;
  line: number;
  /** Text the diagnostic's message must contain, if given. */
  says?: string;
}

export interface TestProgram {
  /** Stable name used for the test, e.g. "lang/overflow/int_wraparound.java". */
  name: string;
  files: SourceFile[];
  /** Binary name of the class whose main runs, e.g. "Main" or "app.Main". */
  mainClass: string;
  args: string[];
  expect: Expectation;
}

const DIRECTIVE = /\/\/\s*(expect|expect-error|expect-runtime-error|expect-exit|main|args):[ ]?(.*)$/;

/** Reads every program below `root` (e.g. test/lang), one per .java file or per subdirectory. */
export function discoverPrograms(root: string, repoRoot: string): TestProgram[] {
  const programs: TestProgram[] = [];
  for (const feature of sortedEntries(root)) {
    const featureDir = join(root, feature);
    if (!statSync(featureDir).isDirectory()) continue;
    for (const entry of sortedEntries(featureDir)) {
      const p = join(featureDir, entry);
      if (statSync(p).isDirectory()) programs.push(loadProgram(p, relative(repoRoot, p)));
      else if (entry.endsWith('.java')) programs.push(loadProgram(p, relative(repoRoot, p)));
    }
  }
  return programs;
}

/** Reads each examples/<name>/ directory (or examples/<name>.java) as one program. */
export function discoverExamples(root: string, repoRoot: string): TestProgram[] {
  return sortedEntries(root)
    .map((e) => join(root, e))
    .filter((p) => statSync(p).isDirectory() || p.endsWith('.java'))
    .map((p) => loadProgram(p, relative(repoRoot, p)));
}

/**
 * Loads one program: a single .java file, or every .java file below a directory. `unrecorded`
 * allows a program without expectations yet (for the recorder and generated programs).
 */
export function loadProgram(path: string, name: string, unrecorded = false): TestProgram {
  const isDir = statSync(path).isDirectory();
  const absFiles = isDir ? javaFilesBelow(path) : [path];
  const base = isDir ? path : join(path, '..');
  const files = absFiles.map((abs) => ({ path: relative(base, abs), absPath: abs, text: readFileSync(abs, 'utf8') }));
  if (files.length === 0) throw new Error(`${name}: no .java files`);
  return { name, files, ...parseDirectives(name, files, unrecorded) };
}

function parseDirectives(name: string, files: SourceFile[], unrecorded: boolean): Omit<TestProgram, 'name' | 'files'> {
  const stdout: string[] = [];
  const codes: string[] = [];
  const at: ErrorSite[] = [];
  let exception: string | undefined;
  let exitCode = 0;
  let mainClass: string | undefined;
  let args: string[] = [];
  for (const f of files) {
    for (const line of f.text.split(/\r?\n/)) {
      const m = DIRECTIVE.exec(line);
      if (!m) continue;
      const [, kind, value] = m as unknown as [string, string, string];
      if (kind === 'expect') stdout.push(value);
      else if (kind === 'expect-error') {
        const m = /^(RF\d{4})(?:\s+@(\S+))?(?:\s+"([^"]*)")?\s*$/.exec(value.trim());
        if (!m) throw new Error(`${name}: bad expect-error directive '${value}'`);
        codes.push(m[1]!);
        if (m[2] !== undefined) at.push(errorSite(name, m[1]!, m[2], basename(f.path), m[3]));
      }
      else if (kind === 'expect-runtime-error') exception = value.trim();
      else if (kind === 'expect-exit') exitCode = Number(value.trim());
      else if (kind === 'main') mainClass = value.trim();
      else args = value.trim() === '' ? [] : value.trim().split(/\s+/);
    }
  }
  if (!unrecorded && stdout.length === 0 && codes.length === 0 && exception === undefined && exitCode === 0) {
    throw new Error(`${name}: no expectations (add // expect: lines, or record them with test/support/record-expect.ts)`);
  }
  mainClass ??= files.length === 1 && declaresClass(files[0]!, stem(files[0]!.path)) ? stem(files[0]!.path) : 'Main';
  if (codes.length > 0) {
    if (stdout.length > 0 || exception !== undefined) throw new Error(`${name}: expect-error mixed with output expectations`);
    return { mainClass, args, expect: { kind: 'compile-error', codes, at } };
  }
  if (exception !== undefined) return { mainClass, args, expect: { kind: 'runtime-error', stdout, exception } };
  return { mainClass, args, expect: { kind: 'output', stdout, exitCode } };
}

function errorSite(name: string, code: string, site: string, directiveFile: string, says: string | undefined): ErrorSite {
  const m = /^(?:([\w.$-]+\.java):)?(\d+)$/.exec(site);
  if (!m) throw new Error(`${name}: bad error site '@${site}' (want @LINE or @File.java:LINE)`);
  return { code, file: m[1] ?? directiveFile, line: Number(m[2]), ...(says === undefined ? {} : { says }) };
}

function declaresClass(f: SourceFile, simpleName: string): boolean {
  return new RegExp(`\\bclass\\s+${simpleName}\\b`).test(f.text);
}

function stem(path: string): string {
  return basename(path).replace(/\.java$/, '');
}

function javaFilesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const e of sortedEntries(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...javaFilesBelow(p));
    else if (e.endsWith('.java')) out.push(p);
  }
  return out;
}

function sortedEntries(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** True when the program is meant to be valid Java (everything except compile-error tests). */
export function isValidJava(p: TestProgram): boolean {
  return p.expect.kind !== 'compile-error';
}

/** Splits program output into lines the way `// expect:` lines record it. */
export function outputLines(stdout: string): string[] {
  const lines = stdout.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
