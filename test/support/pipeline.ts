// The whole Ringfence pipeline in-process, for tests: compile sources against the compiled
// stdlib, encode the classes, and launch the main class on a MemoryKernel. Hands back the
// diagnostics (if compilation failed) or the program's stdout, stderr and exit status.

import { compile } from '../../compiler/compile.ts';
import type { Diagnostic } from '../../compiler/diagnostics.ts';
import { encodeClass } from '../../vm/bytecode/codec.ts';
import { memoryClassSource } from '../../vm/runtime/class-source.ts';
import { launch } from '../../vm/runtime/launcher.ts';
import { MemoryKernel } from '../../vm/os/kernel.ts';
import { loadStdlib } from '../../stdlib/build.ts';

export interface PipelineResult {
  diagnostics: readonly Diagnostic[];
  stdout: string;
  stderr: string;
  /** The program's exit status; null when it did not run (compile errors). */
  exitCode: number | null;
  /** The launcher's outcome description, for failure messages. */
  outcome: string;
}

/** Generous but finite, so a VM bug that loops forever fails the test instead of hanging it. */
const MAX_INSTRUCTIONS = 500_000_000;

/** Compiles `files` and, if that succeeds, runs `mainClass` (binary name, e.g. "app.Main"). */
export function compileAndRun(
  files: readonly { path: string; text: string }[],
  mainClass: string,
  args: readonly string[] = [],
): PipelineResult {
  const stdlib = loadStdlib();
  const compiled = compile(files.map((f) => ({ path: f.path, text: f.text })), stdlib.lookup);
  if (compiled.diagnostics.length > 0) {
    return { diagnostics: compiled.diagnostics, stdout: '', stderr: '', exitCode: null, outcome: 'compile error' };
  }
  const classes = new Map<string, Uint8Array>();
  for (const [name, cf] of compiled.classes) classes.set(name, encodeClass(cf));
  const kernel = new MemoryKernel();
  const result = launch({
    boot: stdlib.boot,
    classPath: [memoryClassSource('test:program', classes)],
    natives: stdlib.natives,
    kernel,
    mainClass,
    args: [...args],
    limits: { maxInstructions: MAX_INSTRUCTIONS },
  });
  return {
    diagnostics: [],
    stdout: kernel.stdout,
    stderr: kernel.stderr,
    // As the operating system reports it (System.exit(-1) is status 255, as under java).
    exitCode: result.exitCode & 0xff,
    outcome: describe(result.outcome),
  };
}

function describe(outcome: unknown): string {
  if (typeof outcome === 'string') return outcome;
  try {
    return JSON.stringify(outcome);
  } catch {
    return String(outcome);
  }
}
