// Unit tests for the code generator's building blocks that need no checked program: opcode
// choice for typed operations and conversions, javac's switch-instruction rule, String
// hashing, descriptor slot counting, and the emitter's stack-depth and reachability tracking.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConstantPoolBuilder } from '../../../vm/bytecode/constant-pool.ts';
import { decodeInstructions } from '../../../vm/bytecode/instructions.ts';
import { MethodEmitter, CodegenError } from '../../../compiler/codegen/emitter.ts';
import { paramCount, invokeDelta } from '../../../compiler/codegen/stack-depth.ts';
import { primitiveConversion, pushInt, pushFloat, pushDouble } from '../../../compiler/codegen/typed-ops.ts';
import { javaStringHash, useTableSwitch } from '../../../compiler/codegen/switch.ts';
import { LocalAllocator } from '../../../compiler/codegen/locals.ts';

const ops = (em: MethodEmitter): string[] => decodeInstructions(em.finish(10).code).map((i) => i.op.name);

describe('primitive conversions', () => {
  it('widen ints with one opcode and narrow wide types through int', () => {
    expect(primitiveConversion('int', 'long')).toEqual(['i2l']);
    expect(primitiveConversion('long', 'byte')).toEqual(['l2i', 'i2b']);
    expect(primitiveConversion('double', 'char')).toEqual(['d2i', 'i2c']);
    expect(primitiveConversion('float', 'long')).toEqual(['f2l']);
  });

  it('emit nothing where the int value already fits the target', () => {
    expect(primitiveConversion('byte', 'int')).toEqual([]);
    expect(primitiveConversion('byte', 'short')).toEqual([]);
    expect(primitiveConversion('char', 'int')).toEqual([]);
    expect(primitiveConversion('int', 'int')).toEqual([]);
  });

  it('narrow between sub-int types with a single i2x (JLS §5.1.4 byte to char included)', () => {
    expect(primitiveConversion('byte', 'char')).toEqual(['i2c']);
    expect(primitiveConversion('char', 'short')).toEqual(['i2s']);
    expect(primitiveConversion('short', 'byte')).toEqual(['i2b']);
  });
});

describe('constant pushes', () => {
  it('use iconst, bipush, sipush and ldc by range like javac', () => {
    const em = new MethodEmitter(new ConstantPoolBuilder());
    for (const v of [-1, 5, 6, -128, 128, -32768, 32768]) {
      pushInt(em, v);
      em.emit('pop');
    }
    em.emit('return');
    expect(ops(em).filter((o) => o !== 'pop')).toEqual(['iconst_m1', 'iconst_5', 'bipush', 'bipush', 'sipush', 'sipush', 'ldc', 'return']);
  });

  it('keep the sign of -0.0 by loading it from the constant pool', () => {
    const em = new MethodEmitter(new ConstantPoolBuilder());
    pushFloat(em, -0);
    pushDouble(em, -0);
    pushDouble(em, 0);
    expect(ops(em)).toEqual(['ldc', 'ldc', 'dconst_0']);
  });
});

describe('switch instruction choice', () => {
  it('takes tableswitch for dense cases and lookupswitch for sparse ones (javac rule)', () => {
    expect(useTableSwitch([1, 2, 3])).toBe(true);
    expect(useTableSwitch([1, 1000])).toBe(false);
    expect(useTableSwitch([])).toBe(false);
    expect(useTableSwitch([-2147483648, 2147483647])).toBe(false);
  });
});

describe('javaStringHash', () => {
  it('matches known Java hashCode values', () => {
    expect(javaStringHash('')).toBe(0);
    expect(javaStringHash('a')).toBe(97);
    expect(javaStringHash('hello')).toBe(99162322);
    expect(javaStringHash('polygenelubricants')).toBe(-2147483648);
    expect(javaStringHash('Aa')).toBe(javaStringHash('BB'));
  });
});

describe('descriptor slot counting', () => {
  it('counts one slot per parameter, long and double included', () => {
    expect(paramCount('()V')).toBe(0);
    expect(paramCount('(IJDLjava/lang/String;[[I[Ljava/lang/Object;Z)V')).toBe(7);
    expect(invokeDelta('invokevirtual', '(JD)J')).toBe(-2);
    expect(invokeDelta('invokestatic', '()D')).toBe(1);
  });

  it('agrees with a generated parameter list', () => {
    const arb = fc.array(fc.constantFrom('I', 'J', 'D', 'Ljava/lang/String;', '[I', '[[Ljava/lang/Object;'), { maxLength: 12 });
    fc.assert(fc.property(arb, (params) => paramCount(`(${params.join('')})V`) === params.length));
  });
});

describe('MethodEmitter', () => {
  it('tracks the maximum stack depth', () => {
    const em = new MethodEmitter(new ConstantPoolBuilder());
    em.emit('iconst_1');
    em.emit('iconst_2');
    em.emit('dup');
    em.emit('iadd');
    em.emit('iadd');
    em.emit('ireturn');
    expect(em.finish(0).maxStack).toBe(3);
  });

  it('drops code after an unconditional jump until a label that is jumped to', () => {
    const em = new MethodEmitter(new ConstantPoolBuilder());
    const target = em.newLabel();
    const unused = em.newLabel();
    em.goto(target);
    em.emit('iconst_0'); // dead
    em.mark(unused);
    em.emit('pop'); // still dead: nothing jumps to `unused`
    em.mark(target);
    em.emit('return');
    // The goto now leads to the next instruction, so (as in javac) it is dropped too.
    expect(ops(em)).toEqual(['return']);
  });

  it('chains jumps like javac: a jump to a goto goes to its target, and a goto reached only by jumps is not emitted', () => {
    const em = new MethodEmitter(new ConstantPoolBuilder());
    const top = em.newLabel('top');
    const skip = em.newLabel('skip');
    em.mark(top);
    em.emit('iconst_1');
    em.branch('ifeq', skip);
    em.emit('iconst_2');
    em.emit('pop');
    em.goto(top); // falls in: emitted
    em.mark(skip); // only reached by ifeq, and leads to `goto top`: bound to `top`
    em.goto(top);
    const ins = decodeInstructions(em.finish(10).code);
    expect(ins.map((i) => i.op.name)).toEqual(['iconst_1', 'ifeq', 'iconst_2', 'pop', 'goto']);
    expect([ins[1]!.operands[0], ins[4]!.operands[0]]).toEqual([0, 0]);
  });

  it('drops a goto whose target is marked next even with other labels in between', () => {
    const em = new MethodEmitter(new ConstantPoolBuilder());
    const other = em.newLabel('other');
    const out = em.newLabel('out');
    em.emit('iconst_1');
    em.branch('ifeq', other);
    em.goto(out);
    em.mark(other);
    em.mark(out);
    em.emit('return');
    expect(ops(em)).toEqual(['iconst_1', 'ifeq', 'return']);
  });

  it('keeps a goto to itself (an empty infinite loop)', () => {
    const em = new MethodEmitter(new ConstantPoolBuilder());
    const top = em.newLabel('top');
    em.mark(top);
    em.goto(top);
    expect(ops(em)).toEqual(['goto']);
  });

  it('restores the depth recorded by the branch when a label is reached only by jumps', () => {
    const em = new MethodEmitter(new ConstantPoolBuilder());
    const l = em.newLabel();
    em.emit('iconst_1');
    em.emit('iconst_0');
    em.branch('ifeq', l);
    em.emit('pop');
    em.emit('return');
    em.mark(l);
    expect(em.depth).toBe(1);
    em.emit('ireturn');
  });

  it('reports a generator bug when branches arrive with different depths', () => {
    const em = new MethodEmitter(new ConstantPoolBuilder());
    const l = em.newLabel();
    em.emit('iconst_0');
    em.branch('ifeq', l);
    em.emit('iconst_1');
    expect(() => em.mark(l)).toThrow(CodegenError);
  });

  it('refuses to pop an empty stack', () => {
    const em = new MethodEmitter(new ConstantPoolBuilder());
    expect(() => em.emit('pop')).toThrow(CodegenError);
  });
});

describe('LocalAllocator', () => {
  it('hands out temporaries above the checker slots and counts them in max_locals', () => {
    const locals = new LocalAllocator(3);
    const a = locals.allocTemp();
    const b = locals.allocTemp();
    expect([a, b]).toEqual([3, 4]);
    locals.release(b);
    locals.release(a);
    expect(locals.allocTemp()).toBe(3);
    expect(locals.maxLocals).toBe(5);
  });
});
