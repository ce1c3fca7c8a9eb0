// Tests for table-driven instruction decoding/encoding: absolute targets, sign handling,
// switches, and ClassFormatError with the offset for unknown opcodes and truncation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClassFormatError } from '../../../vm/bytecode/classfile.ts';
import { CodeBuilder } from '../../../vm/bytecode/code-builder.ts';
import { ConstantPoolBuilder } from '../../../vm/bytecode/constant-pool.ts';
import { decodeInstructions, encodeInstruction, encodeInstructions } from '../../../vm/bytecode/instructions.ts';
import { Op } from '../../../vm/bytecode/opcodes.ts';
import { anyInstruction } from './arbitraries.ts';

describe('decodeInstructions', () => {
  it('makes branch targets absolute and sign-extends immediates', () => {
    const code = new Uint8Array([Op.nop, Op.bipush, 0xfe, Op.goto, 0xff, 0xff, 0xff, 0xfd, Op.sipush, 0x80, 0x00]);
    const ins = decodeInstructions(code);
    expect(ins.map((i) => [i.pc, i.op.name, ...i.operands])).toEqual([
      [0, 'nop'],
      [1, 'bipush', -2],
      [3, 'goto', 0],
      [8, 'sipush', -32768],
    ]);
  });

  it('decodes a tableswitch with absolute targets', () => {
    const code = new Uint8Array([Op.tableswitch, 0, 0, 0, 20, 0, 0, 0, 5, 0, 0, 0, 6, 0, 0, 0, 30, 0xff, 0xff, 0xff, 0xff]);
    const [ins] = decodeInstructions(code);
    expect(ins!.switch).toEqual({ defaultTarget: 20, cases: [[5, 30], [6, -1]] });
    expect(ins!.length).toBe(code.length);
  });

  it('names the offset of an unknown opcode', () => {
    expect(() => decodeInstructions(new Uint8Array([Op.nop, 0xfe]))).toThrow('code offset 1: unknown opcode 0xfe');
  });

  it('names the offset of a truncated operand', () => {
    expect(() => decodeInstructions(new Uint8Array([Op.nop, Op.iload, 0]))).toThrow(/^code offset 1: truncated operand of iload/);
    expect(() => decodeInstructions(new Uint8Array([Op.lookupswitch, 0, 0, 0, 0, 0x7f, 0xff, 0xff, 0xff]))).toThrow(ClassFormatError);
    expect(() => decodeInstructions(new Uint8Array([Op.tableswitch, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 1]))).toThrow(/low 9 > high 1/);
  });

  it('throws only ClassFormatError on random code', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (code) => {
        try {
          decodeInstructions(code);
        } catch (e) {
          expect(e).toBeInstanceOf(ClassFormatError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('encodeInstruction', () => {
  it('is the inverse of decoding for random instruction sequences', () => {
    fc.assert(
      fc.property(fc.array(anyInstruction, { maxLength: 10 }), (emits) => {
        const b = new CodeBuilder();
        const cp = new ConstantPoolBuilder();
        for (const e of emits) e(b, cp);
        const code = b.finish(0, 0).code;
        const decoded = decodeInstructions(code);
        expect(encodeInstructions(decoded)).toEqual(code);
        for (const ins of decoded) expect(encodeInstruction(ins)).toEqual(code.slice(ins.pc, ins.pc + ins.length));
      }),
      { numRuns: 300 },
    );
  });
});
