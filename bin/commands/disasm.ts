// `ringfence disasm <class file or dir>...`: prints class files like `javap -c -p`. A malformed
// class file gets one line naming the file and the offset, and exit status 1.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ClassFormatError } from '../../vm/bytecode/classfile.ts';
import { decodeClass } from '../../vm/bytecode/codec.ts';
import { disassemble } from '../../vm/bytecode/disassembler.ts';
import { UserError } from './errors.ts';

export function disasmCommand(paths: string[]): void {
  const files = paths.flatMap(classFilesAt);
  for (const file of files) {
    let text: string;
    try {
      text = disassemble(decodeClass(new Uint8Array(readFileSync(file)), file));
    } catch (e) {
      if (e instanceof ClassFormatError) throw new UserError(`error: ${e.message}`);
      throw e;
    }
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}

function classFilesAt(path: string): string[] {
  if (!existsSync(path)) throw new UserError(`error: file not found: ${path}`);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const sub = join(path, name);
      return statSync(sub).isDirectory() ? classFilesAt(sub) : name.endsWith('.class') ? [sub] : [];
    });
}
