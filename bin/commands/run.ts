// `ringfence run`: with a .java target, compiles it (and --source-path sources) in memory and runs
// the class named like the file, as `java Main.java` does; otherwise runs a compiled main class
// from the class path, as `java -cp CP Main` does. The exit status is the program's.

import { basename } from 'node:path';
import { launch } from '../../vm/runtime/launcher.ts';
import { memoryClassSource, type ClassSource } from '../../vm/runtime/class-source.ts';
import { HostConsoleKernel } from '../../vm/os/kernel.ts';
import { loadStdlib } from '../../stdlib/build.ts';
import { UserError } from './errors.ts';
import { classPathSources, compileOrExplain, compilerLookup, readSource, sourcesUnder } from './toolchain.ts';

interface RunOptions {
  classpath?: string;
  sourcePath?: string;
  maxInstructions?: string;
}

export function runCommand(target: string, args: string[], opts: RunOptions): void {
  const stdlib = loadStdlib();
  let classPath: ClassSource[];
  let mainClass: string;
  if (target.endsWith('.java')) {
    const main = readSource(target);
    const extra = opts.sourcePath ? sourcesUnder(opts.sourcePath).filter((s) => s.path !== main.path) : [];
    const classes = compileOrExplain([main, ...extra], compilerLookup(opts.classpath));
    mainClass = mainClassOf(target, classes);
    classPath = [memoryClassSource(`file:${target}`, classes), ...classPathSources(opts.classpath)];
  } else {
    mainClass = target;
    classPath = classPathSources(opts.classpath ?? '.');
  }
  const result = launch({
    boot: stdlib.boot,
    classPath,
    natives: stdlib.natives,
    kernel: new HostConsoleKernel(),
    mainClass,
    args,
    limits: { maxInstructions: parseLimit(opts.maxInstructions) },
  });
  process.exitCode = result.exitCode;
}

/** The compiled class whose simple name matches the file name (JLS §7.6 public-class rule). */
function mainClassOf(file: string, classes: Map<string, Uint8Array>): string {
  const simple = basename(file, '.java');
  for (const name of classes.keys()) {
    if (name === simple || name.endsWith(`/${simple}`)) return name;
  }
  throw new UserError(`error: no class named ${simple} declared in ${file}`);
}

function parseLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UserError(`error: --max-instructions needs a positive integer, got '${text}'`);
  return n;
}
