// Tests for max_stack/max_locals estimation of hand-written code without `.limit`.
import { describe, expect, it } from 'vitest';
import { Access } from '../../../vm/bytecode/classfile.ts';
import { CodeBuilder } from '../../../vm/bytecode/code-builder.ts';
import { ConstantPoolBuilder } from '../../../vm/bytecode/constant-pool.ts';
import { argumentSlots, estimateLimits } from '../../../vm/bytecode/limits.ts';

describe('estimateLimits', () => {
  it('counts one slot per parameter plus this', () => {
    expect(argumentSlots('(IJD[I)V', true)).toBe(4);
    expect(argumentSlots('(IJ)V', false)).toBe(3);
    expect(argumentSlots('garbage', false)).toBe(1);
  });

  it('follows both arms of a branch and takes the deeper one', () => {
    const cp = new ConstantPoolBuilder();
    const b = new CodeBuilder();
    const deep = b.newLabel();
    b.emit('iload', 0);
    b.emitBranch('ifeq', deep);
    b.emit('iconst_1');
    b.emit('ireturn');
    b.mark(deep);
    b.emit('iconst_1');
    b.emit('iconst_2');
    b.emit('iconst_3');
    b.emit('iadd');
    b.emit('iadd');
    b.emit('istore', 5);
    b.emit('iconst_0');
    b.emit('ireturn');
    const code = b.finish(0, 0).code;
    expect(estimateLimits(code, cp.entries(), Access.STATIC, '(I)I')).toEqual({ maxStack: 3, maxLocals: 6 });
  });

  it('uses descriptors for invokes and field access', () => {
    const cp = new ConstantPoolBuilder();
    const b = new CodeBuilder();
    b.emit('aload', 0);
    b.emit('lconst_0');
    b.emit('dconst_0');
    b.emit('invokevirtual', cp.methodRef('A', 'f', '(JD)I'));
    b.emit('getstatic', cp.fieldRef('A', 'x', 'I'));
    b.emit('iadd');
    b.emit('ireturn');
    expect(estimateLimits(b.finish(0, 0).code, cp.entries(), 0, '()I')).toEqual({ maxStack: 3, maxLocals: 1 });
  });

  it('never throws on undecodable code or bad pool references', () => {
    const code = Uint8Array.from([0xb6, 0x00, 0x63, 0x04, 0xfe]); // invokevirtual #99, iconst_1, junk
    expect(estimateLimits(code, [null], Access.STATIC, '()V')).toEqual({ maxStack: 1, maxLocals: 0 });
  });
});
