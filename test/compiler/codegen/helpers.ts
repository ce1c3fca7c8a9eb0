// Test helpers for the code generator: compile Java snippets against the compiled standard
// library, and list a method's instructions with constant-pool operands spelled out
// ("invokevirtual java/lang/StringBuilder.append:(C)Ljava/lang/StringBuilder;").

import { compile, type SourceFile } from '../../../compiler/compile.ts';
import type { ClassFile, MethodInfo } from '../../../vm/bytecode/classfile.ts';
import { classNameAt, constantAt, memberRefAt, utf8At } from '../../../vm/bytecode/constant-pool.ts';
import { decodeInstructions } from '../../../vm/bytecode/instructions.ts';
import { loadStdlib } from '../../../stdlib/build.ts';

export interface Compiled {
  classes: Map<string, ClassFile>;
  errors: string[];
}

export function compileJava(files: Record<string, string>): Compiled {
  const sources: SourceFile[] = Object.entries(files).map(([path, text]) => ({ path, text }));
  const r = compile(sources, loadStdlib().lookup);
  return { classes: r.classes, errors: r.diagnostics.map((d) => `${d.span.file}:${d.span.line}: ${d.code} ${d.message}`) };
}

/** Compiles one class body wrapped as `class Main { ... }` and fails loudly on diagnostics. */
export function compileMain(body: string, extra = ''): Map<string, ClassFile> {
  const r = compileJava({ 'Main.java': `class Main {\n${body}\n}\n${extra}` });
  if (r.errors.length > 0) throw new Error(`snippet does not compile:\n${r.errors.join('\n')}`);
  return r.classes;
}

export function findMethod(cf: ClassFile, name: string): MethodInfo {
  const m = cf.methods.find((mi) => utf8At(cf.constantPool, mi.nameIndex) === name);
  if (!m) throw new Error(`no method ${name}`);
  return m;
}

/** One string per instruction, operands resolved; branch targets as absolute pcs. */
export function listing(cf: ClassFile, method: string): string[] {
  return located(cf, method).map((i) => i.text);
}

/** The listing with each instruction's pc. */
export function located(cf: ClassFile, method: string): { pc: number; text: string }[] {
  const m = findMethod(cf, method);
  if (!m.code) return [];
  const cp = cf.constantPool;
  return decodeInstructions(m.code.code).map((ins) => {
    const kinds = ins.op.operands;
    const parts = ins.operands.map((v, i) => {
      if (kinds[i] !== 'cp') return String(v);
      if (ins.op.flags.includes('invoke') || ins.op.flags.includes('field')) {
        const r = memberRefAt(cp, v);
        return `${r.owner}.${r.name}:${r.descriptor}`;
      }
      if (ins.op.name === 'ldc') {
        const c = constantAt(cp, v);
        if (c.type === 'String') return JSON.stringify(c.value);
        const text = Object.is(c.value, -0) ? '-0.0' : String(c.value);
        return `${text}${c.type === 'J' ? 'L' : c.type === 'F' ? 'f' : ''}`;
      }
      return classNameAt(cp, v);
    });
    return { pc: ins.pc, text: [ins.op.name, ...parts].join(' ') };
  });
}

/** Just the opcode names. */
export function opcodes(cf: ClassFile, method: string): string[] {
  return listing(cf, method).map((l) => l.split(' ')[0]!);
}
