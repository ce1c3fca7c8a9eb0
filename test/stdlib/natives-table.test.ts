// The stdlib's native table must cover exactly the `native` methods its Java sources declare:
// a declared native without an entry would be an UnsatisfiedLinkError at run time, and an
// entry without a declaration is dead code (or a typo in a descriptor).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stdlibNatives } from '../../stdlib/natives.ts';

const STDLIB = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'stdlib');
const PRIMITIVES: Record<string, string> = {
  void: 'V', boolean: 'Z', byte: 'B', char: 'C', short: 'S', int: 'I', long: 'J', float: 'F', double: 'D',
};

function javaFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? javaFiles(p) : p.endsWith('.java') ? [p] : [];
  });
}

const allFiles = javaFiles(join(STDLIB, 'java'));
/** Internal names of every stdlib class, by simple name per package. */
const internalNames = allFiles.map((f) => relative(STDLIB, f).replace(/\.java$/, ''));

/** Resolves a simple type name as javac would here: imports, own package, then java.lang. */
function resolve(simple: string, pkg: string, imports: string[]): string {
  const imported = imports.find((i) => i.endsWith('/' + simple));
  if (imported) return imported;
  if (internalNames.includes(`${pkg}/${simple}`)) return `${pkg}/${simple}`;
  if (internalNames.includes(`java/lang/${simple}`)) return `java/lang/${simple}`;
  throw new Error(`cannot resolve type ${simple} in package ${pkg}`);
}

function descriptorOf(type: string, pkg: string, imports: string[]): string {
  let t = type.trim();
  let dims = '';
  while (t.endsWith('[]')) {
    dims += '[';
    t = t.slice(0, -2).trim();
  }
  return dims + (PRIMITIVES[t] ?? `L${resolve(t, pkg, imports)};`);
}

/** Every `native` method declared in the Java sources, as native-table keys. */
function declaredNatives(): string[] {
  const keys: string[] = [];
  for (const file of allFiles) {
    const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    const pkg = /package\s+([\w.]+)\s*;/.exec(text)![1]!.replace(/\./g, '/');
    const imports = [...text.matchAll(/import\s+([\w.]+)\s*;/g)].map((m) => m[1]!.replace(/\./g, '/'));
    const owner = `${pkg}/${basename(file, '.java')}`;
    for (const m of text.matchAll(/\bnative\s+([\w.[\]\s]+?)\s+(\w+)\s*\(([^)]*)\)/g)) {
      const params = m[3]!.trim() === '' ? [] : m[3]!.split(',').map((p) => p.trim().replace(/\s+\w+$/, ''));
      const desc = `(${params.map((p) => descriptorOf(p, pkg, imports)).join('')})${descriptorOf(m[1]!, pkg, imports)}`;
      keys.push(`${owner}.${m[2]}${desc}`);
    }
  }
  return keys.sort();
}

describe('the stdlib native table', () => {
  it('implements every native method the Java sources declare, and nothing else', () => {
    const declared = declaredNatives();
    expect(declared.length).toBeGreaterThan(40);
    expect(Object.keys(stdlibNatives).sort()).toEqual(declared);
  });

  it('maps every key to a function', () => {
    for (const [key, fn] of Object.entries(stdlibNatives)) expect(typeof fn, key).toBe('function');
  });
});
