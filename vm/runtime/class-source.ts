// Where class bytes come from: a ClassSource is one code source (the stdlib, or one classpath
// entry) that maps an internal class name to class-file bytes. Handed on to the loader, which
// gives each source its own defining loader.

import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';

export interface ClassSource {
  /** Where the classes come from (a directory path, "stdlib", "memory:..."): the code source. */
  readonly location: string;
  /** The bytes of `<internalName>.class`, or null when this source does not have the class. */
  find(internalName: string): Uint8Array | null;
}

/**
 * Whether an internal name is safe to turn into a path: no empty, "." or ".." segments, no
 * absolute path, no backslashes or NULs. Hostile names ("../../etc/x") must never escape.
 */
export function isSafeClassName(internalName: string): boolean {
  if (internalName.length === 0 || internalName.length > 1000) return false;
  if (isAbsolute(internalName) || /[\\\0:]/.test(internalName)) return false;
  return internalName.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

/** Reads `<dir>/<internal name>.class`; refuses unsafe names rather than touching the disk. */
export function directoryClassSource(dir: string): ClassSource {
  const root = resolve(dir);
  return {
    location: root,
    find(internalName: string): Uint8Array | null {
      if (!isSafeClassName(internalName)) return null;
      const path = join(root, `${internalName}.class`);
      if (!path.startsWith(root + sep)) return null;
      try {
        if (!statSync(path).isFile()) return null;
        return new Uint8Array(readFileSync(path));
      } catch {
        return null;
      }
    },
  };
}

/** Classes held in memory (the compiled stdlib, `ringfence run X.java`, tests). */
export function memoryClassSource(location: string, classes: ReadonlyMap<string, Uint8Array>): ClassSource {
  return {
    location,
    find: (internalName: string) => classes.get(internalName) ?? null,
  };
}
