// The assembler: labels, pseudo-instructions, directives, %hi/%lo, layout and located errors.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble, AsmError, textWords } from '../../../hypervisor/machine/asm.ts';
import { decode, type Decoded } from '../../../hypervisor/machine/decode.ts';
import { disassemble } from '../../../hypervisor/machine/disasm.ts';

const BASE = 0x80000000;
const words = (src: string) => textWords(assemble(src, { base: BASE }));
const listing = (src: string) => words(src).map((w, k) => disassemble(w, BASE + 4 * k));
const insn = (w: number): Decoded => {
  const d = decode(w);
  if (d.kind !== 'insn') throw new Error(`illegal word ${w}`);
  return d;
};

/** What a lui/addi/auipc sequence leaves in its destination register (a tiny evaluator). */
function run(ws: number[], pc = BASE): number {
  const x = new Int32Array(32);
  ws.forEach((w, k) => {
    const d = insn(w);
    const here = pc + 4 * k;
    if (d.op === 'lui') x[d.rd] = d.imm;
    else if (d.op === 'auipc') x[d.rd] = here + d.imm;
    else if (d.op === 'addi') x[d.rd] = x[d.rs1]! + d.imm;
    else throw new Error(`unexpected ${d.op}`);
    x[0] = 0;
  });
  return x[insn(ws[ws.length - 1]!).rd]! >>> 0;
}

function asmError(src: string): AsmError {
  try {
    assemble(src, { file: 'bad.s' });
  } catch (e) {
    if (e instanceof AsmError) return e;
    throw e;
  }
  throw new Error('expected an AsmError');
}

describe('pseudo-instructions', () => {
  it('li loads any 32-bit value, in one instruction when it fits', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), (v) => {
        const ws = words(`li a0, ${v}`);
        expect(run(ws)).toBe(v >>> 0);
        const short = (v | 0) >= -2048 && (v | 0) <= 2047 || (v & 0xfff) === 0;
        expect(ws.length).toBe(short ? 1 : 2);
      }),
      { numRuns: 2000 },
    );
  });

  it('li with a symbol defined later still loads its value (two instructions)', () => {
    const ws = words('li t0, LATER\n.equ LATER, 5');
    expect(ws.length).toBe(2);
    expect(run(ws)).toBe(5);
  });

  it('la loads the address of a label anywhere in the image', () => {
    const r = assemble('la a0, far\n.org 0x1000\nla a1, _start\n_start: nop\n.data\nfar: .word 7', { base: BASE });
    const ws = textWords(r);
    expect(run(ws.slice(0, 2))).toBe(r.symbols.get('far'));
    expect(run(ws.slice(0x400, 0x402), BASE + 0x1000)).toBe(r.symbols.get('_start'));
  });

  it('expand to the canonical instructions', () => {
    expect(listing(`
      nop
      mv a0, a1
      not a2, a3
      neg a4, a5
      seqz a6, a7
      snez s0, s1
      j 0x80000000
      jr t0
      ret
      beqz a0, 0x80000000
      bnez a1, 0x80000000
      csrr a0, mcause
      csrw mepc, a1
      csrs mstatus, a2
      csrc mie, a3
      csrwi mstatus, 8
      bgt a0, a1, 0x80000000
      jal 0x80000000
      jalr t1
    `)).toEqual([
      'addi zero, zero, 0',
      'addi a0, a1, 0',
      'xori a2, a3, -1',
      'sub a4, zero, a5',
      'sltiu a6, a7, 1',
      'sltu s0, zero, s1',
      'jal zero, 0x80000000',
      'jalr zero, 0(t0)',
      'jalr zero, 0(ra)',
      'beq a0, zero, 0x80000000',
      'bne a1, zero, 0x80000000',
      'csrrs a0, mcause, zero',
      'csrrw zero, mepc, a1',
      'csrrs zero, mstatus, a2',
      'csrrc zero, mie, a3',
      'csrrwi zero, mstatus, 8',
      'blt a1, a0, 0x80000000',
      'jal ra, 0x80000000',
      'jalr ra, 0(t1)',
    ]);
  });

  it('call reaches a label with auipc+jalr', () => {
    const r = assemble('call f\n.org 0x2000\nf: ret', { base: BASE });
    const [a, j] = textWords(r).map(insn);
    expect(BASE + a!.imm + j!.imm).toBe(r.symbols.get('f'));
    expect([a!.rd, j!.rd, j!.rs1]).toEqual([1, 1, 1]);
  });
});

describe('labels, expressions and directives', () => {
  it('resolves backward and forward labels and %hi/%lo', () => {
    expect(listing('top: beq a0, a1, end\n  j top\nend: lui a0, %hi(0x12345fff)\n  addi a0, a0, %lo(0x12345fff)')).toEqual([
      'beq a0, a1, 0x80000008',
      'jal zero, 0x80000000',
      'lui a0, 0x12346',
      'addi a0, a0, -1',
    ]);
  });

  it('evaluates expressions with precedence, parentheses, characters and .', () => {
    const r = assemble(".equ A, 2 + 3 * 4\n.equ B, (1 << 4) | 1\n.equ C, 'A' - 1\n.word A, B, C, -(A % 5), ~0, 0b101 ^ 0x10\nhere: .word . - here + 4", { base: 0 });
    const view = new DataView(r.bytes.buffer);
    expect(Array.from({ length: 7 }, (_, k) => view.getInt32(4 * k, true))).toEqual([14, 17, 64, -4, -1, 0x15, 4]);
  });

  it('lays out .byte/.half/.word/.ascii/.asciz/.align/.org/.zero little-endian', () => {
    const r = assemble('.byte 1, 255, -1\n.align 2\n.half 0x1234\n.ascii "ab"\n.asciz "c\\n"\n.org 16\n.word 0xdeadbeef\n.zero 3, 9', { base: 0x1000 });
    expect(Array.from(r.bytes)).toEqual([1, 255, 255, 0, 0x34, 0x12, 97, 98, 99, 10, 0, 0, 0, 0, 0, 0, 0xef, 0xbe, 0xad, 0xde, 9, 9, 9]);
  });

  it('places .data after .text at its alignment and gives absolute symbols', () => {
    const r = assemble('.text\nstart: nop\n.data\nx: .byte 1\n.align 4\ny: .word 2\n.text\nsecond: nop', { base: BASE });
    expect(r.text).toEqual({ addr: BASE, size: 8 });
    expect(r.data.addr).toBe(BASE + 16);
    expect([r.symbols.get('start'), r.symbols.get('second'), r.symbols.get('x'), r.symbols.get('y')]).toEqual([BASE, BASE + 4, BASE + 16, BASE + 32]);
    expect(r.bytes[32]).toBe(2);
  });

  it('pads code alignment with nops', () => {
    expect(words('nop\n.align 4\nebreak')).toEqual([0x13, 0x13, 0x13, 0x13, 0x00100073]);
  });

  it('accepts comments, several labels on a line, register aliases and upper case', () => {
    expect(listing('a: b: ADDI X10, fp, 1 # comment with , and (\n  sw a0, (sp)')).toEqual(['addi a0, s0, 1', 'sw a0, 0(sp)']);
  });
});

describe('errors name the file, line and column', () => {
  const cases: [string, string][] = [
    ['nop\n  frob a0', 'bad.s:2:3: unknown instruction \'frob\''],
    ['  add a0, a1\n  frob', "bad.s:1:3: 'add' takes 3 operands, got 2"],
    ['  addi a0, a0, 4096', 'bad.s:1:16: immediate 4096 out of range [-2048, 2047]'],
    ['  addi a0, q1, 5', "bad.s:1:12: expected a register, got 'q1'"],
    ['  add a0, a1', "bad.s:1:3: 'add' takes 3 operands, got 2"],
    ['  j nowhere', "bad.s:1:5: undefined symbol 'nowhere'"],
    ['x: nop\nx: nop', "bad.s:2:1: symbol 'x' is already defined"],
    ['  slli a0, a0, 32', 'bad.s:1:16: shift amount 32 out of range [0, 31]'],
    ['  .bogus 1', "bad.s:1:3: unknown directive '.bogus'"],
    ['  lw a0, 4', "bad.s:1:10: expected 'offset(register)', got '4'"],
    ['  beq a0, a1, 0x80000003', 'bad.s:1:15: branch target is not 2-byte aligned'],
    ['  beq a0, a1, 0x90000000', 'bad.s:1:15: branch offset 268435456 out of range [-4096, 4094]'],
    ['  .word 1 +', 'bad.s:1:12: missing expression'],
    ['nop\n.org 0', 'bad.s:2:6: .org 0 moves the location counter backwards (at 4)'],
    ['  .byte 256', 'bad.s:1:9: value 256 out of range [-128, 255]'],
    ['  .ascii abc', "bad.s:1:10: expected a string literal, got 'abc'"],
    ['  amoadd.w a0, a1, 4(a2)', 'bad.s:1:20: atomic memory operations take no offset'],
    ['  fence rx, w', "bad.s:1:9: expected a fence set of i, o, r, w in order, got 'rx'"],
    ['  .word 1/0', 'bad.s:1:10: division by zero'],
  ];
  for (const [src, message] of cases) {
    it(`reports ${JSON.stringify(src)} as "${message}"`, () => {
      const e = asmError(src);
      expect(e.message).toBe(message);
      expect(`${e.file}:${e.line}:${e.col}: ${e.detail}`).toBe(message);
    });
  }
});
