// Golden .rfasm files: each assembles, and disassembling the result gives the file back
// byte for byte (so the file is a fixpoint and the output format is pinned). Run with
// UPDATE_GOLDEN=1 to rewrite the files from the current disassembler after a deliberate change.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../vm/bytecode/assembler.ts';
import { decodeClass, encodeClass } from '../../../vm/bytecode/codec.ts';
import { disassemble } from '../../../vm/bytecode/disassembler.ts';

const dir = join(import.meta.dirname, 'golden');
const files = readdirSync(dir).filter((f) => f.endsWith('.rfasm'));

describe('golden disassembly', () => {
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const name of files) {
    it(`${name} reassembles and disassembles to itself`, () => {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const classes = assemble(text, name);
      const again = classes.map((cf) => disassemble(decodeClass(encodeClass(cf), name))).join('\n');
      if (process.env.UPDATE_GOLDEN) writeFileSync(path, again);
      else expect(again).toBe(text);
    });
  }
});
