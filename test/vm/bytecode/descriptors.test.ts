// Tests for descriptor parsing and validation, slot types and Java names (JVMS §4.3).
import { describe, expect, it } from 'vitest';
import { ClassFormatError } from '../../../vm/bytecode/classfile.ts';
import {
  descriptorToJavaName,
  isValidFieldDescriptor,
  isValidMethodDescriptor,
  parseFieldDescriptor,
  parseMethodDescriptor,
  slotTypeOf,
} from '../../../vm/bytecode/descriptors.ts';

describe('field descriptors', () => {
  it('accepts primitives, classes and arrays', () => {
    for (const d of ['I', 'Z', 'J', 'Ljava/lang/String;', '[I', '[[Ljava/lang/Object;', 'LFoo;']) {
      expect(isValidFieldDescriptor(d), d).toBe(true);
    }
  });

  it('rejects malformed descriptors', () => {
    for (const d of ['', 'V', 'Q', 'L;', 'Ljava/lang/String', 'Ljava//String;', 'La.b;', 'II', '[', '[V', 'LFoo;X']) {
      expect(isValidFieldDescriptor(d), d).toBe(false);
    }
    expect(isValidFieldDescriptor('['.repeat(255) + 'I')).toBe(true);
    expect(isValidFieldDescriptor('['.repeat(256) + 'I')).toBe(false);
  });

  it('parses array structure', () => {
    const t = parseFieldDescriptor('[[Ljava/lang/String;');
    expect(t).toMatchObject({ kind: 'array', dims: 2, component: { kind: 'array', dims: 1, component: { kind: 'class', name: 'java/lang/String' } } });
    expect(() => parseFieldDescriptor('X')).toThrow(ClassFormatError);
  });
});

describe('method descriptors', () => {
  it('splits parameters and return type', () => {
    expect(parseMethodDescriptor('(IJ[Ljava/lang/String;D)V')).toEqual({ params: ['I', 'J', '[Ljava/lang/String;', 'D'], ret: 'V' });
    expect(parseMethodDescriptor('()Ljava/lang/Object;')).toEqual({ params: [], ret: 'Ljava/lang/Object;' });
  });

  it('rejects malformed method descriptors', () => {
    for (const d of ['', 'V', '()', '(V)V', '(I', '(I)VV', ')V', '(I)X']) {
      expect(isValidMethodDescriptor(d), d).toBe(false);
    }
    expect(() => parseMethodDescriptor('(I')).toThrow("invalid method descriptor '(I'");
  });
});

describe('slot types and Java names', () => {
  it('maps descriptors to verification types', () => {
    expect(['Z', 'B', 'C', 'S', 'I', 'J', 'F', 'D', 'LFoo;', '[I'].map(slotTypeOf)).toEqual(['I', 'I', 'I', 'I', 'I', 'J', 'F', 'D', 'A', 'A']);
    expect(() => slotTypeOf('V')).toThrow(ClassFormatError);
  });

  it('writes Java source names', () => {
    expect(descriptorToJavaName('[Ljava/lang/String;')).toBe('java.lang.String[]');
    expect(descriptorToJavaName('I')).toBe('int');
    expect(descriptorToJavaName('[[D')).toBe('double[][]');
    expect(descriptorToJavaName('V')).toBe('void');
  });
});
