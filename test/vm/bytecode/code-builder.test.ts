// Tests for the code builder: encoding through the table, forward and backward labels,
// switches, handlers and line numbers, and clear errors for misuse.
import { describe, expect, it } from 'vitest';
import { CodeBuilder, CodeBuilderError } from '../../../vm/bytecode/code-builder.ts';
import { decodeInstructions } from '../../../vm/bytecode/instructions.ts';

describe('CodeBuilder', () => {
  it('encodes operands big-endian and tracks pc', () => {
    const b = new CodeBuilder();
    b.emit('iload', 0x0102);
    expect(b.pc).toBe(3);
    b.emit('bipush', -1);
    b.emit('sipush', -2);
    b.emit('ireturn');
    const code = b.finish(2, 0x103);
    expect([...code.code]).toEqual([0x15, 0x01, 0x02, 0x10, 0xff, 0x11, 0xff, 0xfe, 0xac]);
    expect(code.maxLocals).toBe(0x103);
  });

  it('resolves forward and backward branches relative to the branch opcode', () => {
    const b = new CodeBuilder();
    const top = b.newLabel();
    const end = b.newLabel();
    b.mark(top);
    b.emit('iload', 0);
    b.emitBranch('ifeq', end); // pc 3
    b.emitBranch('goto', top); // pc 8
    b.mark(end);
    b.emit('return'); // pc 13
    const ins = decodeInstructions(b.finish(1, 1).code);
    expect(ins.map((i) => [i.pc, i.op.name, ...i.operands])).toEqual([
      [0, 'iload', 0],
      [3, 'ifeq', 13],
      [8, 'goto', 0],
      [13, 'return'],
    ]);
  });

  it('builds table and lookup switches, sorting lookup pairs', () => {
    const b = new CodeBuilder();
    const [a, c, d] = [b.newLabel(), b.newLabel(), b.newLabel()];
    b.emit('iload', 0);
    b.emitTableSwitch(1, 2, [a, c], d);
    b.emitLookupSwitch([[10, c], [-5, a]], d);
    b.mark(a);
    b.mark(c);
    b.mark(d);
    b.emit('return');
    const ins = decodeInstructions(b.finish(1, 1).code);
    const end = ins[3]!.pc;
    expect(ins[1]!.switch).toEqual({ defaultTarget: end, cases: [[1, end], [2, end]] });
    expect(ins[2]!.switch!.cases.map(([m]) => m)).toEqual([-5, 10]);
  });

  it('records handlers and line numbers, one line entry per pc', () => {
    const b = new CodeBuilder();
    const [s, e, h] = [b.newLabel(), b.newLabel(), b.newLabel()];
    b.line(3);
    b.line(4);
    b.mark(s);
    b.emit('nop');
    b.mark(e);
    b.line(5);
    b.emit('return');
    b.mark(h);
    b.emit('athrow');
    b.addHandler(s, e, h, 7);
    const code = b.finish(1, 0);
    expect(code.exceptionTable).toEqual([{ startPc: 0, endPc: 1, handlerPc: 2, catchType: 7 }]);
    expect(code.lineNumbers).toEqual([{ startPc: 0, line: 4 }, { startPc: 1, line: 5 }]);
  });

  it('fails clearly on an unmarked label or a double mark', () => {
    const b = new CodeBuilder();
    const l = b.newLabel('Lmissing');
    b.emitBranch('goto', l);
    expect(() => b.finish(0, 0)).toThrow('goto: label Lmissing is used but never marked');
    b.mark(l);
    expect(() => b.mark(l)).toThrow(CodeBuilderError);
  });

  it('rejects operands out of range and wrong operand counts', () => {
    const b = new CodeBuilder();
    expect(() => b.emit('bipush', 200)).toThrow(/i8 operand 200 out of range/);
    expect(() => b.emit('iload', 70000)).toThrow(/local operand 70000 out of range/);
    expect(() => b.emit('iload')).toThrow(/takes 1 operand/);
    expect(b.pc).toBe(0);
  });
});
