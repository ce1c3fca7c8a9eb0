// `ringfence asm file.rfasm -d OUTDIR`: assembles hand-written (possibly hostile) bytecode into
// class files, so that tests and lab exercises can feed the VM what no compiler would emit.

import { existsSync, readFileSync } from 'node:fs';
import { assemble } from '../../vm/bytecode/assembler.ts';
import { encodeClass } from '../../vm/bytecode/codec.ts';
import { classNameAt } from '../../vm/bytecode/constant-pool.ts';
import { UserError } from './errors.ts';
import { writeClasses } from './compile.ts';

export function asmCommand(file: string, opts: { d: string }): void {
  if (!existsSync(file)) throw new UserError(`error: file not found: ${file}`);
  let classes;
  try {
    classes = assemble(readFileSync(file, 'utf8'), file);
  } catch (e) {
    // AsmError messages already read `file:line:col: message`.
    if (e instanceof Error && e.name === 'AsmError') throw new UserError(e.message);
    throw e;
  }
  const out = new Map<string, Uint8Array>();
  for (const cf of classes) out.set(classNameAt(cf.constantPool, cf.thisClass), encodeClass(cf));
  writeClasses(opts.d, out);
}
