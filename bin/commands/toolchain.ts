// What the CLI commands share: reading sources, building the compiler's view of the class path,
// printing diagnostics javac-style, and turning a class path string into VM class sources.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compile, type ClassLookup, type SourceFile } from '../../compiler/compile.ts';
import { formatDiagnostic } from '../../compiler/diagnostics.ts';
import type { ClassFile } from '../../vm/bytecode/classfile.ts';
import { ClassFormatError } from '../../vm/bytecode/classfile.ts';
import { decodeClass, encodeClass } from '../../vm/bytecode/codec.ts';
import { directoryClassSource, type ClassSource } from '../../vm/runtime/class-source.ts';
import { loadStdlib } from '../../stdlib/build.ts';
import { UserError } from './errors.ts';

export function readSource(path: string): SourceFile {
  if (!existsSync(path)) throw new UserError(`error: file not found: ${path}`);
  if (!path.endsWith('.java')) throw new UserError(`error: not a .java source file: ${path}`);
  return { path, text: readFileSync(path, 'utf8') };
}

/** All .java files below a directory, in a stable order. */
export function sourcesUnder(dir: string): SourceFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`error: not a directory: ${dir}`);
  const out: SourceFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourcesUnder(path));
    else if (name.endsWith('.java')) out.push(readSource(path));
  }
  return out;
}

export function classPathDirs(cp: string | undefined): string[] {
  if (!cp) return [];
  return cp.split(':').filter((p) => p.length > 0).map((p) => resolve(p));
}

/** The VM's class sources for a class path: one code source per directory entry. */
export function classPathSources(cp: string | undefined): ClassSource[] {
  return classPathDirs(cp).map((dir) => directoryClassSource(dir));
}

/**
 * What the compiler sees: the stdlib first, then each class-path directory in order, read
 * through the same class sources the VM uses (which refuse unsafe names such as "../x").
 */
export function compilerLookup(cp: string | undefined): ClassLookup {
  const stdlib = loadStdlib().lookup;
  const sources = classPathSources(cp);
  const cache = new Map<string, ClassFile | null>();
  return {
    find(name: string): ClassFile | null {
      const fromStdlib = stdlib.find(name);
      if (fromStdlib) return fromStdlib;
      if (!cache.has(name)) cache.set(name, findOnClassPath(sources, name));
      return cache.get(name) ?? null;
    },
  };
}

function findOnClassPath(sources: ClassSource[], name: string): ClassFile | null {
  for (const source of sources) {
    const bytes = source.find(name);
    if (!bytes) continue;
    try {
      return decodeClass(bytes, join(source.location, `${name}.class`));
    } catch (e) {
      if (e instanceof ClassFormatError) throw new UserError(`error: ${e.message}`);
      throw e;
    }
  }
  return null;
}

/** Compiles, printing diagnostics like javac; returns encoded classes or throws UserError. */
export function compileOrExplain(sources: SourceFile[], lookup: ClassLookup): Map<string, Uint8Array> {
  const result = compile(sources, lookup);
  if (result.diagnostics.length > 0) {
    const texts = new Map(sources.map((s) => [s.path, s.text]));
    for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d, texts.get(d.span.file))}\n`);
    const n = result.diagnostics.length;
    throw new UserError(`${n} error${n === 1 ? '' : 's'}`);
  }
  const out = new Map<string, Uint8Array>();
  for (const [name, cf] of result.classes) out.set(name, encodeClass(cf));
  return out;
}
