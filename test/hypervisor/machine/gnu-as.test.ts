// Our assembler against GNU as on a corpus covering every table row and the pseudo-instructions.
// With GNU as installed the comparison is live; without it, against the words GNU as produced
// when the fixture was recorded (fixtures/gnu-corpus.json).

import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble, textWords } from '../../../hypervisor/machine/asm.ts';
import { disassemble } from '../../../hypervisor/machine/disasm.ts';
import { INSNS, type InsnSpec } from '../../../hypervisor/machine/isa.ts';
import { encode, NO_FIELDS } from '../../../hypervisor/machine/encode.ts';
import { decode } from '../../../hypervisor/machine/decode.ts';
import { gnuAssemble, gnuAvailable } from './gnu-as.ts';

const here = new URL('./fixtures/', import.meta.url);
const corpus = readFileSync(new URL('gnu-corpus.s', here), 'utf8');
const recorded = JSON.parse(readFileSync(new URL('gnu-corpus.json', here), 'utf8')) as { base: number; words: string[] };
const recordedWords = recorded.words.map((w) => Number(w) >>> 0);
const hex = (ws: number[]) => ws.map((w) => w.toString(16).padStart(8, '0'));

function oursWords(): number[] {
  return textWords(assemble(corpus, { base: recorded.base, file: 'gnu-corpus.s' }));
}

describe('assembler versus GNU as', () => {
  it('the corpus covers every instruction of the table', () => {
    const ops = new Set(recordedWords.map(decode).flatMap((d) => (d.kind === 'insn' ? [d.op] : [])));
    expect(INSNS.map((s) => s.op).filter((op) => !ops.has(op))).toEqual([]);
  });

  if (gnuAvailable()) {
    if (process.env['RF_UPDATE_FIXTURES'] === '1') {
      // Regenerate the recorded words from GNU as: RF_UPDATE_FIXTURES=1 npx vitest run test/hypervisor
      const words = gnuAssemble(corpus, recorded.base).map((w) => '0x' + w.toString(16).padStart(8, '0'));
      writeFileSync(new URL('gnu-corpus.json', here), JSON.stringify({ ...recorded, words }, null, 1) + '\n');
      recordedWords.splice(0, recordedWords.length, ...words.map((w) => Number(w) >>> 0));
    }
    it('encodes the corpus exactly as GNU as does (live, GNU as installed)', () => {
      const gnu = gnuAssemble(corpus, recorded.base);
      expect(hex(oursWords())).toEqual(hex(gnu));
      expect(hex(recordedWords)).toEqual(hex(gnu));
    });

    it('GNU as assembles our disassembly of random instructions of every row to the same words (live)', () => {
      // Random fields for every row, encoded; our text (pc-relative targets as .+off) goes
      // through GNU as in one file and must come back as the same words.
      const rows = INSNS as readonly InsnSpec[];
      const word = fc.integer({ min: 0, max: 0xffffffff });
      const sample = fc.sample(fc.tuple(fc.integer({ min: 0, max: rows.length - 1 }), word), { numRuns: 3000, seed: 20191213 });
      const words = sample.map(([k, bits]) => {
        const spec = rows[k]!;
        // Bits outside the fixed ones are operand bits; re-encoding drops the fields a row
        // ignores (fence's rd/rs1, fence.i's imm). fm = 0, and GNU as has no syntax for an
        // empty fence set, so those sets get a bit.
        const d = decode((encode(spec, { ...NO_FIELDS }) | (bits & ~spec.mask)) >>> 0);
        if (d.kind !== 'insn') throw new Error('encoded word does not decode');
        return encode(spec, { ...d, fm: 0, pred: d.pred || 1, succ: d.succ || 2 });
      });
      const text = words.map((w) => disassemble(w)).join('\n') + '\n';
      expect(hex(gnuAssemble(text, recorded.base))).toEqual(hex(words));
    });
  } else {
    it('encodes the corpus as the recorded GNU as output (GNU as absent: recorded fixture only)', () => {
      expect(hex(oursWords())).toEqual(hex(recordedWords));
    });
  }

  it('disassembles every corpus word to text that reassembles to the same word', () => {
    const dataAt = assemble(corpus, { base: recorded.base }).symbols.get('data')!;
    recordedWords.forEach((w, k) => {
      const pc = recorded.base + 4 * k;
      const text = disassemble(w, pc);
      if (pc < dataAt) expect(text, `word ${k}`).not.toMatch(/^\.word/);
      expect(hex(textWords(assemble(text, { base: pc }))), text).toEqual(hex([w]));
    });
  });
});
