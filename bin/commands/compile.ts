// `ringfence compile -d OUTDIR files...`: writes one class file per class, like `javac -d`.
// Nothing is written unless every file compiles, and each class file is written atomically.

import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileOrExplain, compilerLookup, readSource } from './toolchain.ts';

interface CompileOptions {
  d: string;
  classpath?: string;
}

export function compileCommand(files: string[], opts: CompileOptions): void {
  const sources = files.map(readSource);
  const classes = compileOrExplain(sources, compilerLookup(opts.classpath));
  writeClasses(opts.d, classes);
}

export function writeClasses(outDir: string, classes: Map<string, Uint8Array>): void {
  for (const [name, bytes] of classes) {
    const file = join(outDir, `${name}.class`);
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  }
}
