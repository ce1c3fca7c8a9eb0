// Golden disassembly of small classes whose exact code is worth reviewing by eye. Run with
// UPDATE_GOLDEN=1 to regenerate golden/*.rfasm after a deliberate change, then read the diff.

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { disassemble } from '../../../vm/bytecode/disassembler.ts';
import { compileJava } from './helpers.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('golden disassembly', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.java')).sort()) {
    it(`${file} compiles to the recorded code`, () => {
      const { classes, errors } = compileJava({ [file]: readFileSync(join(DIR, file), 'utf8') });
      expect(errors).toEqual([]);
      const text = [...classes.keys()].sort().map((n) => disassemble(classes.get(n)!)).join('\n');
      const golden = join(DIR, file.replace(/\.java$/, '.rfasm'));
      if (UPDATE || !existsSync(golden)) writeFileSync(golden, text);
      expect(text).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
