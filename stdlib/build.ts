// Builds the standard library: compiles stdlib/java/**/*.java with the Ringfence compiler (the
// stdlib is ordinary Ringfence source, so it passes the same compiler and, at run time, the same
// verifier as user code) and hands on the class files, a compiler lookup over them, the boot
// class source for the VM, and the natives table.
//
// Compiling ~30 classes on every start would dominate a hello world, so the encoded classes are
// cached under .cache/stdlib/, keyed by a hash of everything that affects the output: the
// stdlib sources and the compiler and bytecode sources. The cache is written atomically.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile, type ClassLookup, type SourceFile } from '../compiler/compile.ts';
import { formatDiagnostic } from '../compiler/diagnostics.ts';
import type { ClassFile } from '../vm/bytecode/classfile.ts';
import { decodeClass, encodeClass } from '../vm/bytecode/codec.ts';
import { memoryClassSource, type ClassSource } from '../vm/runtime/class-source.ts';
import type { NativeTable } from '../vm/runtime/native-api.ts';
import { stdlibNatives } from './natives.ts';

/** The repository root: found by walking up, so it holds when this module is bundled too. */
export const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
const ROOT = REPO_ROOT;

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'stdlib', 'java'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}
const STDLIB_DIR = join(ROOT, 'stdlib');
const CACHE_DIR = join(ROOT, '.cache', 'stdlib');
/** Everything whose change can change the compiled stdlib. */
const INPUT_DIRS = ['stdlib/java', 'stdlib/floating', 'compiler', 'vm/bytecode'].map((d) => join(ROOT, d));

export interface Stdlib {
  /** Encoded class files keyed by internal name ("java/lang/String"). */
  readonly classes: ReadonlyMap<string, Uint8Array>;
  /** What the compiler sees of the stdlib when compiling user code. */
  readonly lookup: ClassLookup;
  /** The boot class source the VM loads the stdlib from. */
  readonly boot: ClassSource;
  readonly natives: NativeTable;
}

/**
 * The cache key, computed when this module is imported: by then the compiler modules this
 * process will run have been loaded, so a source edited while the process runs cannot file a
 * stdlib compiled by the old compiler under the new sources' key (it can only miss the cache).
 */
const CACHE_KEY = inputHash();

let loaded: Stdlib | undefined;

/** The compiled standard library, built or read from the cache once per process. */
export function loadStdlib(): Stdlib {
  loaded ??= makeStdlib(buildOrReadCache());
  return loaded;
}

/** A lookup that decodes each class on first request and remembers it. */
export function lookupOver(classes: ReadonlyMap<string, Uint8Array>): ClassLookup {
  const decoded = new Map<string, ClassFile>();
  return {
    find(internalName: string): ClassFile | null {
      const hit = decoded.get(internalName);
      if (hit) return hit;
      const bytes = classes.get(internalName);
      if (!bytes) return null;
      const cf = decodeClass(bytes, `${internalName}.class`);
      decoded.set(internalName, cf);
      return cf;
    },
  };
}

function makeStdlib(classes: Map<string, Uint8Array>): Stdlib {
  return {
    classes,
    lookup: lookupOver(classes),
    boot: memoryClassSource('stdlib', classes),
    natives: stdlibNatives,
  };
}

function buildOrReadCache(): Map<string, Uint8Array> {
  const sources = readStdlibSources();
  const cacheFile = join(CACHE_DIR, `${CACHE_KEY}.json`);
  const cached = readCache(cacheFile);
  if (cached) return cached;
  const classes = compileStdlib(sources);
  writeCache(cacheFile, classes);
  return classes;
}

/** Compiles the stdlib sources; a failure here is a bug in Ringfence, reported with diagnostics. */
export function compileStdlib(sources: SourceFile[] = readStdlibSources()): Map<string, Uint8Array> {
  const result = compile(sources, { find: () => null });
  if (result.diagnostics.length > 0) {
    const texts = new Map(sources.map((s) => [s.path, s.text]));
    const shown = result.diagnostics.slice(0, 20).map((d) => formatDiagnostic(d, texts.get(d.span.file)));
    // The CLI shows an internal error's first line only: it names the first diagnostic.
    const first = shown[0]!.split('\n')[0];
    throw new Error(`the standard library does not compile (${result.diagnostics.length} error(s)); first: ${first}\n${shown.join('\n')}`);
  }
  const classes = new Map<string, Uint8Array>();
  for (const [name, cf] of result.classes) classes.set(name, encodeClass(cf));
  return classes;
}

export function readStdlibSources(): SourceFile[] {
  return listFiles(join(STDLIB_DIR, 'java'), '.java').map((path) => ({
    path: relative(ROOT, path).split(sep).join('/'),
    text: readFileSync(path, 'utf8'),
  }));
}

function inputHash(): string {
  const hash = createHash('sha256');
  for (const dir of INPUT_DIRS) {
    for (const file of listFiles(dir, '')) {
      hash.update(relative(ROOT, file));
      hash.update('\0');
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 24);
}

function listFiles(dir: string, suffix: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, suffix));
    else if (name.endsWith(suffix)) out.push(path);
  }
  return out;
}

function readCache(file: string): Map<string, Uint8Array> | null {
  try {
    const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    return new Map(Object.entries(entries).map(([name, b64]) => [name, new Uint8Array(Buffer.from(b64, 'base64'))]));
  } catch {
    return null;
  }
}

function writeCache(file: string, classes: Map<string, Uint8Array>): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const body: Record<string, string> = {};
    for (const [name, bytes] of classes) body[name] = Buffer.from(bytes).toString('base64');
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(body));
    renameSync(tmp, file); // atomic: a reader sees the old file or the whole new one
  } catch {
    // A read-only checkout still works; it just compiles the stdlib on every start.
  }
}
