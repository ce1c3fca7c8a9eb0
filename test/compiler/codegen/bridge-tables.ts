// Helpers for the bridge-method tests: compile with Ringfence against the stdlib (plus extra
// compiled classes), run on the VM, and tabulate the bridges of a program's class files — from
// Ringfence's ClassFile model, or from javac's class files through one `javap -v` run — as
// lines `name+descriptor flags line N -> invoke owner.name:descriptor` that tests compare.

import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile, type ClassLookup, type SourceFile } from '../../../compiler/compile.ts';
import { Access, type ClassFile } from '../../../vm/bytecode/classfile.ts';
import { encodeClass } from '../../../vm/bytecode/codec.ts';
import { memberRefAt, utf8At } from '../../../vm/bytecode/constant-pool.ts';
import { decodeInstructions } from '../../../vm/bytecode/instructions.ts';
import { memoryClassSource } from '../../../vm/runtime/class-source.ts';
import { launch } from '../../../vm/runtime/launcher.ts';
import { MemoryKernel } from '../../../vm/os/kernel.ts';
import { loadStdlib } from '../../../stdlib/build.ts';
import type { TestProgram } from '../../support/programs.ts';

// ------------------------------------------------------------------ running under Ringfence

/** Compiles `files` against the stdlib plus `extra` compiled classes; throws with the diagnostics. */
export function compileWith(files: readonly SourceFile[], extra: ReadonlyMap<string, ClassFile> = new Map()): Map<string, ClassFile> {
  const stdlib = loadStdlib().lookup;
  const lookup: ClassLookup = {
    find: (name) => extra.get(name) ?? stdlib.find(name),
    hasPackage: (pkg) => [...extra.keys()].some((n) => n.startsWith(`${pkg}/`)) || (stdlib.hasPackage?.(pkg) ?? false),
  };
  const r = compile([...files], lookup);
  if (r.diagnostics.length > 0) throw new Error(r.diagnostics.map((d) => `${d.span.file}:${d.span.line}: ${d.code} ${d.message}`).join('\n'));
  return r.classes;
}

/** Runs compiled classes on the VM (verifier included), as test/support/pipeline.ts does. */
export function runClasses(classes: ReadonlyMap<string, ClassFile>, mainClass: string): { stdout: string; stderr: string; exitCode: number } {
  const stdlib = loadStdlib();
  const bytes = new Map([...classes].map(([n, cf]) => [n, encodeClass(cf)] as const));
  const kernel = new MemoryKernel();
  const result = launch({
    boot: stdlib.boot,
    classPath: [memoryClassSource('test:bridges', bytes)],
    natives: stdlib.natives,
    kernel,
    mainClass,
    args: [],
    limits: { maxInstructions: 50_000_000 },
  });
  return { stdout: kernel.stdout, stderr: kernel.stderr, exitCode: result.exitCode & 0xff };
}

export function sources(p: TestProgram): SourceFile[] {
  return p.files.map((f) => ({ path: f.path, text: f.text }));
}

// ------------------------------------------------------------------ bridges as a table

/** One bridge as a line: `name+descriptor flags line -> invoke owner.name:descriptor`. */
export type BridgeTable = Record<string, string[]>;

/** The bridges of Ringfence's class files, read from the ClassFile model. */
export function ourBridges(classes: ReadonlyMap<string, ClassFile>): BridgeTable {
  const out: BridgeTable = {};
  for (const [name, cf] of classes) {
    const cp = cf.constantPool;
    out[name] = cf.methods
      .filter((m) => (m.access & Access.BRIDGE) !== 0)
      .map((m) => {
        const call = decodeInstructions(m.code?.code ?? new Uint8Array()).find((i) => i.op.name.startsWith('invoke'));
        const ref = call ? memberRefAt(cp, call.operands[0]!) : null;
        const target = ref ? `${call!.op.name} ${ref.owner}.${ref.name}:${ref.descriptor}` : 'no call';
        const line = m.code?.lineNumbers[0]?.line ?? 0;
        return `${utf8At(cp, m.nameIndex)}${utf8At(cp, m.descriptorIndex)} 0x${m.access.toString(16).padStart(4, '0')} line ${line} -> ${target}`;
      });
  }
  return out;
}

/** The bridges javac wrote, from one `javap -p -c -v` run over every class file of the programs. */
export function javacBridges(classDirs: readonly string[]): BridgeTable[] {
  const files = classDirs.map((d) => classFilesBelow(d));
  const r = spawnSync('javap', ['-p', '-c', '-v', ...files.flat()], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`javap failed: ${r.stderr}`);
  const byFile = parseJavap(r.stdout);
  return files.map((list, i) =>
    Object.fromEntries(list.map((f) => [relative(classDirs[i]!, f).replace(/\.class$/, ''), byFile.get(f) ?? []])),
  );
}

/** javap -v text -> bridges per class file, in the same line format as ourBridges. */
function parseJavap(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let file = '';
  let cls = '';
  let method: { sig: string; flags: string; line?: number; target?: string } | null = null;
  let header = '';
  const flush = (): void => {
    if (method) out.get(file)!.push(`${method.sig} ${method.flags} line ${method.line ?? 0} -> ${method.target ?? 'no call'}`);
    method = null;
  };
  for (const line of text.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /^Classfile (.*)$/.exec(line))) {
      flush();
      file = m[1]!;
      out.set(file, []);
    } else if ((m = /^(?:.* )?(?:class|interface) ([\w.$]+)/.exec(line)) && !line.startsWith(' ')) {
      cls = m[1]!.replace(/\./g, '/');
    } else if (/^ {2}\S.*\);$/.test(line) || /^ {2}\S.*\) throws .*;$/.test(line)) {
      flush();
      header = line.trim();
    } else if ((m = /^ {4}descriptor: (\(.*)$/.exec(line))) {
      flush();
      const name = /([\w$<>]+)\(/.exec(header)?.[1] ?? '?';
      method = { sig: `${name}${m[1]}`, flags: '' };
    } else if ((m = /^ {4}flags: \((0x[0-9a-f]+)\)(.*)$/.exec(line)) && method) {
      if (!m[2]!.includes('ACC_BRIDGE')) method = null;
      else method.flags = m[1]!;
    } else if ((m = /^\s+\d+: (invoke\w+)\s+#\d+(?:,\s+\d+)?\s+\/\/ (?:Interface)?Method (.*)$/.exec(line)) && method && !method.target) {
      const ref = m[2]!;
      method.target = `${m[1]} ${/^[^:(]*\.[^.:]*:/.test(ref) ? ref : `${cls}.${ref}`}`;
    } else if ((m = /^\s+line (\d+): 0$/.exec(line)) && method && method.line === undefined) {
      method.line = Number(m[1]);
    }
  }
  flush();
  return out;
}

function classFilesBelow(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((e) => {
      const p = join(dir, e);
      return statSync(p).isDirectory() ? classFilesBelow(p) : e.endsWith('.class') ? [p] : [];
    });
}
