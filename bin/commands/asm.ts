// `ringfence asm file.rfasm -d OUTDIR`: assembles hand-written (possibly hostile) bytecode into
// class files, so that tests and lab exercises can feed the VM what no compiler would emit.

import { existsSync, readFileSync } from 'node:fs';
import { AsmError, assemble } from '../../vm/bytecode/assembler.ts';
import { ClassFormatError } from '../../vm/bytecode/classfile.ts';
import { encodeClass } from '../../vm/bytecode/codec.ts';
import { classNameAt } from '../../vm/bytecode/constant-pool.ts';
import { UserError } from './errors.ts';
import { writeClasses } from './compile.ts';

export function asmCommand(file: string, opts: { d: string }): void {
  if (!existsSync(file)) throw new UserError(`error: file not found: ${file}`);
  const out = new Map<string, Uint8Array>();
  try {
    for (const cf of assemble(readFileSync(file, 'utf8'), file)) {
      out.set(classNameAt(cf.constantPool, cf.thisClass), encodeClass(cf));
    }
  } catch (e) {
    // AsmError messages already read `file:line:col: message`; a ClassFormatError here means
    // the text describes something no class file can hold (a bad index, an oversized string).
    if (e instanceof AsmError) throw new UserError(e.message);
    if (e instanceof ClassFormatError) throw new UserError(`${file}: ${e.message}`);
    throw e;
  }
  writeClasses(opts.d, out);
}
