// Tests for the constant-pool builder (deduplication, float/double identity) and the
// validating readers (right tag at the right index, or a ClassFormatError naming both).
import { describe, expect, it } from 'vitest';
import { ClassFormatError, CpTag } from '../../../vm/bytecode/classfile.ts';
import {
  ConstantPoolBuilder,
  classNameAt,
  constantAt,
  memberRefAt,
  stringAt,
  utf8At,
} from '../../../vm/bytecode/constant-pool.ts';

describe('ConstantPoolBuilder', () => {
  it('starts with an unused null slot at index 0', () => {
    const b = new ConstantPoolBuilder();
    expect(b.utf8('a')).toBe(1);
    expect(b.entries()[0]).toBeNull();
  });

  it('returns the same index for an equal entry', () => {
    const b = new ConstantPoolBuilder();
    const m1 = b.methodRef('java/io/PrintStream', 'println', '(I)V');
    const size = b.entries().length;
    expect(b.methodRef('java/io/PrintStream', 'println', '(I)V')).toBe(m1);
    expect(b.entries().length).toBe(size);
    expect(b.interfaceMethodRef('java/io/PrintStream', 'println', '(I)V')).not.toBe(m1);
  });

  it('keeps -0.0, 0.0 and NaN doubles distinct but NaN equal to NaN', () => {
    const b = new ConstantPoolBuilder();
    const zero = b.double(0);
    const negZero = b.double(-0);
    const nan = b.double(NaN);
    expect(new Set([zero, negZero, nan]).size).toBe(3);
    expect(b.double(NaN)).toBe(nan);
    expect(b.double(-0)).toBe(negZero);
  });

  it('stores floats as rounded binary32 bits', () => {
    const b = new ConstantPoolBuilder();
    const i = b.float(0.1);
    const e = b.entries()[i];
    expect(e).toEqual({ tag: CpTag.Float, bits: 0x3dcccccd });
    expect(b.floatBits(0x3dcccccd)).toBe(i);
    expect(b.float(-0)).not.toBe(b.float(0));
  });

  it('names array classes by their descriptor', () => {
    const b = new ConstantPoolBuilder();
    const i = b.classRef('[Ljava/lang/String;');
    expect(classNameAt(b.entries(), i)).toBe('[Ljava/lang/String;');
  });
});

describe('constant-pool readers', () => {
  const b = new ConstantPoolBuilder();
  const s = b.string('hi');
  const f = b.fieldRef('java/lang/System', 'out', 'Ljava/io/PrintStream;');
  const l = b.long(-5n);
  const fl = b.float(1.5);
  const cls = b.classRef('Foo');
  const cp = b.entries();

  it('resolves a member reference to names', () => {
    expect(memberRefAt(cp, f)).toEqual({
      owner: 'java/lang/System',
      name: 'out',
      descriptor: 'Ljava/io/PrintStream;',
      tag: CpTag.Fieldref,
    });
  });

  it('gives ldc constants with their type', () => {
    expect(constantAt(cp, s)).toEqual({ type: 'String', value: 'hi' });
    expect(constantAt(cp, l)).toEqual({ type: 'J', value: -5n });
    expect(constantAt(cp, fl)).toMatchObject({ type: 'F', value: 1.5 });
    expect(constantAt(cp, cls)).toEqual({ type: 'Class', value: 'Foo' });
    expect(stringAt(cp, s)).toBe('hi');
  });

  it('rejects an index out of range, naming it', () => {
    expect(() => utf8At(cp, 0)).toThrow(ClassFormatError);
    expect(() => utf8At(cp, cp.length)).toThrow(new RegExp(`#${cp.length} out of range`));
  });

  it('rejects an entry with the wrong tag, naming what was expected', () => {
    expect(() => classNameAt(cp, s)).toThrow(`constant pool #${s} is String, expected Class`);
    expect(() => constantAt(cp, f)).toThrow(/expected a loadable constant/);
    expect(() => memberRefAt(cp, s)).toThrow(ClassFormatError);
  });
});

describe('ConstantPoolBuilder.from', () => {
  it('keeps an existing pool exactly and reuses its entries', () => {
    const b = new ConstantPoolBuilder();
    const m = b.methodRef('A', 'm', '()V');
    const s = b.string('x');
    const again = ConstantPoolBuilder.from(b.entries());
    expect(again.entries()).toEqual(b.entries());
    expect(again.methodRef('A', 'm', '()V')).toBe(m);
    expect(again.string('x')).toBe(s);
    expect(again.utf8('new')).toBe(b.entries().length);
  });
});
