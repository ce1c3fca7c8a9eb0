// The instruction table and the words derived from it: encodings from the spec, decode of any
// word never throws, and fields -> encode -> decode -> disassemble -> assemble round-trips.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSNS, type Format, type InsnSpec } from '../../../hypervisor/machine/isa.ts';
import { decode, lookup } from '../../../hypervisor/machine/decode.ts';
import { encode, NO_FIELDS, type Fields } from '../../../hypervisor/machine/encode.ts';
import { disassemble } from '../../../hypervisor/machine/disasm.ts';
import { assemble, textWords } from '../../../hypervisor/machine/asm.ts';

const hex = (w: number) => '0x' + (w >>> 0).toString(16).padStart(8, '0');
const one = (src: string, base = 0x80000000) => hex(textWords(assemble(src, { base }))[0]!);

describe('the instruction table', () => {
  it('has unique mnemonics, and match bits lie inside mask bits', () => {
    expect(new Set(INSNS.map((s) => s.op)).size).toBe(INSNS.length);
    for (const s of INSNS) expect((s.match & ~s.mask) >>> 0, s.op).toBe(0);
  });

  it('no two rows match the same word (each row only decodes to itself)', () => {
    for (const a of INSNS as readonly InsnSpec[]) {
      for (const b of INSNS as readonly InsnSpec[]) {
        if (a === b) continue;
        const both = (a.mask & b.mask) >>> 0;
        expect(((a.match & both) >>> 0) === ((b.match & both) >>> 0), `${a.op} overlaps ${b.op}`).toBe(false);
      }
    }
  });
});

describe('known encodings (spec examples and GNU as)', () => {
  const cases: [string, number][] = [
    ['addi x0, x0, 0', 0x00000013],
    ['nop', 0x00000013],
    ['ecall', 0x00000073],
    ['ebreak', 0x00100073],
    ['mret', 0x30200073],
    ['sret', 0x10200073],
    ['wfi', 0x10500073],
    ['sfence.vma zero, zero', 0x12000073],
    ['fence.i', 0x0000100f],
    ['fence', 0x0ff0000f],
    ['fence.tso', 0x8330000f],
    ['lr.w a0, (a1)', 0x1005a52f],
    ['lr.w.aq a0, (a1)', 0x1405a52f],
    ['sc.w.rl a0, a1, (a2)', 0x1ab6252f],
    ['amoswap.w a0, a1, (a2)', 0x08b6252f],
    ['amoswap.w.aqrl a0, a1, (a2)', 0x0eb6252f],
    ['lui a0, 0x12345', 0x12345537],
    ['csrrw zero, mtvec, t0', 0x30529073],
    ['csrr a0, mhartid', 0xf1402573],
    ['sw ra, 12(sp)', 0x00112623],
    ['srai t4, t5, 17', 0x411f5e93],
    ['mul a0, a1, a2', 0x02c58533],
  ];
  for (const [src, word] of cases) {
    it(`assembles '${src}' to ${hex(word)} and decodes it back`, () => {
      expect(one(src)).toBe(hex(word));
      expect(decode(word).kind).toBe('insn');
    });
  }

  it('disassembles in objdump-like syntax with ABI and CSR names', () => {
    expect(disassemble(0x00150513)).toBe('addi a0, a0, 1');
    expect(disassemble(0x00812583)).toBe('lw a1, 8(sp)');
    expect(disassemble(0x00050863, 0x80000000)).toBe('beq a0, zero, 0x80000010');
    expect(disassemble(0x00050863)).toBe('beq a0, zero, .+16');
    expect(disassemble(0x30529073)).toBe('csrrw zero, mtvec, t0');
    expect(disassemble(0x7c059573)).toBe('csrrw a0, 0x7c0, a1');
    expect(disassemble(0x0eb6252f)).toBe('amoswap.w.aqrl a0, a1, (a2)');
    expect(disassemble(0xffffffff)).toBe('.word 0xffffffff');
  });
});

describe('decoding', () => {
  it('never throws, and a word is illegal exactly when no row matches it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (w) => {
        const d = decode(w);
        const linear = (INSNS as readonly InsnSpec[]).find((s) => ((w & s.mask) >>> 0) === s.match);
        expect(d.kind === 'insn' ? d.spec : undefined).toBe(linear);
        expect(lookup(w)).toBe(linear);
        expect(typeof disassemble(w, 0x1000)).toBe('string');
      }),
      { numRuns: 20000 },
    );
  });

  it('returns a typed illegal result for words outside the table', () => {
    // all-zero, all-ones, a reserved opcode, ecall with rs1 set, sub's funct7 on xor, lr.w with rs2 set
    for (const w of [0x00000000, 0xffffffff, 0x0000007f, 0x00008073, 0x40004033, 0x1015a52f]) {
      expect(decode(w)).toEqual({ kind: 'illegal', word: w >>> 0 });
    }
  });
});

const reg = fc.integer({ min: 0, max: 31 });
const imm12 = fc.integer({ min: -2048, max: 2047 });

/** Random operand fields valid for a format (only the fields the format uses). */
function fieldsFor(format: Format): fc.Arbitrary<Partial<Fields>> {
  switch (format) {
    case 'R': return fc.record({ rd: reg, rs1: reg, rs2: reg });
    case 'I':
    case 'L': return fc.record({ rd: reg, rs1: reg, imm: imm12 });
    case 'S': return fc.record({ rs1: reg, rs2: reg, imm: imm12 });
    case 'B': return fc.record({ rs1: reg, rs2: reg, imm: fc.integer({ min: -2048, max: 2047 }).map((x) => x * 2) });
    case 'U': return fc.record({ rd: reg, imm: fc.integer({ min: 0, max: 0xfffff }).map((x) => x << 12) });
    case 'J': return fc.record({ rd: reg, imm: fc.integer({ min: -(1 << 19), max: (1 << 19) - 1 }).map((x) => x * 2) });
    case 'shift': return fc.record({ rd: reg, rs1: reg, imm: fc.integer({ min: 0, max: 31 }) });
    case 'csr': return fc.record({ rd: reg, rs1: reg, csr: fc.integer({ min: 0, max: 0xfff }) });
    case 'csri': return fc.record({ rd: reg, imm: fc.integer({ min: 0, max: 31 }), csr: fc.integer({ min: 0, max: 0xfff }) });
    case 'amo': return fc.record({ rd: reg, rs1: reg, rs2: reg, aq: fc.boolean(), rl: fc.boolean() });
    case 'lr': return fc.record({ rd: reg, rs1: reg, aq: fc.boolean(), rl: fc.boolean() });
    case 'fence': return fc.record({ pred: fc.integer({ min: 0, max: 15 }), succ: fc.integer({ min: 0, max: 15 }) });
    case 'sfence': return fc.record({ rs1: reg, rs2: reg });
    case 'none': return fc.constant({});
  }
}

describe('round trips for every instruction of the table', () => {
  for (const spec of INSNS as readonly InsnSpec[]) {
    it(`${spec.op}: fields -> encode -> decode -> disassemble -> assemble gives the same word`, () => {
      fc.assert(
        fc.property(fieldsFor(spec.format), fc.integer({ min: 0, max: 0x3fffffff }), (partial, pcWord) => {
          const pc = (pcWord * 4) >>> 0;
          const word = encode(spec, { ...NO_FIELDS, ...partial });
          const d = decode(word);
          expect(d.kind).toBe('insn');
          if (d.kind !== 'insn') return;
          expect(d.op).toBe(spec.op);
          for (const [k, v] of Object.entries(partial)) expect(d[k as keyof Fields], k).toBe(v);
          const text = disassemble(word, pc);
          const again = textWords(assemble(text, { base: pc }))[0]!;
          expect(hex(again), text).toBe(hex(word));
          expect(disassemble(again, pc)).toBe(text);
        }),
        { numRuns: 200 },
      );
    });
  }
});
