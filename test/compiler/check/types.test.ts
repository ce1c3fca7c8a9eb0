// The type model's conversions (JLS §5): subtyping incl. arrays and null, assignment with
// constant narrowing, promotions, descriptors and javac spelling; and the exact arithmetic
// helpers of constant folding where JavaScript's defaults differ from Java.

import { describe, expect, it } from 'vitest';
import { castConstant, foldBinary, javaFloatingToString, longToFloat } from '../../../compiler/check/constants.ts';
import type { ClassSymbol } from '../../../compiler/symbols.ts';
import { T, arrayOf, binaryPromote, classType, descriptorOf, isAssignable, isSubtype, methodDescriptor, typeToString, unaryPromote } from '../../../compiler/types.ts';

function cls(internalName: string, superclass: ClassSymbol | null, interfaces: ClassSymbol[] = [], isInterface = false): ClassSymbol {
  return {
    kind: 'class', internalName, name: internalName.slice(internalName.lastIndexOf('/') + 1), packageName: '', access: 1,
    isInterface, superclass, interfaces, fields: [], methods: [], origin: { kind: 'binary', file: null as never },
  };
}
const object = cls('java/lang/Object', null);
const cloneable = cls('java/lang/Cloneable', null, [], true);
const runnable = cls('java/lang/Runnable', null, [], true);
const string = cls('java/lang/String', object);
const task = cls('app/Task', object, [runnable]);

describe('subtyping and assignment (JLS §4.10, §5.2)', () => {
  it('relates classes, interfaces, arrays and null', () => {
    expect(isSubtype(classType(task), classType(runnable))).toBe(true);
    expect(isSubtype(classType(runnable), classType(object))).toBe(true);
    expect(isSubtype(classType(object), classType(string))).toBe(false);
    expect(isSubtype(arrayOf(classType(string)), arrayOf(classType(object)))).toBe(true);
    expect(isSubtype(arrayOf(T.int), arrayOf(T.long))).toBe(false);
    expect(isSubtype(arrayOf(T.int), classType(cloneable))).toBe(true);
    expect(isSubtype(T.null, arrayOf(T.int))).toBe(true);
    expect(isSubtype(T.null, T.int)).toBe(false);
  });

  it('widens primitives and narrows only fitting int constants to byte, short and char', () => {
    expect(isAssignable(T.char, T.int)).toBe(true);
    expect(isAssignable(T.long, T.float)).toBe(true);
    expect(isAssignable(T.byte, T.char)).toBe(false);
    expect(isAssignable(T.int, T.byte, { type: 'int', value: 127 })).toBe(true);
    expect(isAssignable(T.int, T.byte, { type: 'int', value: 128 })).toBe(false);
    expect(isAssignable(T.int, T.char, { type: 'int', value: -1 })).toBe(false);
    expect(isAssignable(T.long, T.int, { type: 'long', value: 1n })).toBe(false);
    expect(isAssignable(T.int, classType(object))).toBe(false); // no boxing
  });

  it('promotes like JLS §5.6', () => {
    expect(unaryPromote(T.char).name).toBe('int');
    expect(binaryPromote(T.long, T.float).name).toBe('float');
    expect(binaryPromote(T.short, T.byte).name).toBe('int');
  });

  it('spells descriptors and types as the JVM and javac do', () => {
    expect(descriptorOf(arrayOf(arrayOf(classType(string))))).toBe('[[Ljava/lang/String;');
    expect(methodDescriptor([T.int, T.boolean, arrayOf(T.char)], T.void)).toBe('(IZ[C)V');
    expect(typeToString(arrayOf(classType(task)))).toBe('Task[]');
  });
});

describe('exact constant arithmetic', () => {
  it('converts long to float with one rounding (not via double)', () => {
    // 2^60 + 2^36 + 1: via double it would tie and round to even (2^60); Java rounds up.
    expect(longToFloat(2n ** 60n + 2n ** 36n + 1n)).toBe(2 ** 60 + 2 ** 37);
    expect(longToFloat(-(2n ** 63n))).toBe(-(2 ** 63));
    expect(longToFloat(16777217n)).toBe(16777216);
  });

  it('narrows floating values like JLS §5.1.3', () => {
    expect(castConstant({ type: 'double', value: NaN }, 'int')).toEqual({ type: 'int', value: 0 });
    expect(castConstant({ type: 'double', value: 1e20 }, 'long')).toEqual({ type: 'long', value: 9223372036854775807n });
    expect(castConstant({ type: 'float', value: -1e10 }, 'char')).toEqual({ type: 'char', value: 0 });
    expect(castConstant({ type: 'double', value: 1e10 }, 'short')).toEqual({ type: 'short', value: -1 });
  });

  it('wraps, truncates and masks shift counts', () => {
    expect(foldBinary('/', { type: 'int', value: -2147483648 }, { type: 'int', value: -1 })).toEqual({ type: 'int', value: -2147483648 });
    expect(foldBinary('%', { type: 'int', value: -7 }, { type: 'int', value: 2 })).toEqual({ type: 'int', value: -1 });
    expect(foldBinary('>>>', { type: 'int', value: -1 }, { type: 'long', value: 33n })).toEqual({ type: 'int', value: 2147483647 });
    expect(foldBinary('>>>', { type: 'long', value: -1n }, { type: 'int', value: 64 })).toEqual({ type: 'long', value: -1n });
    expect(foldBinary('*', { type: 'long', value: 2n ** 62n }, { type: 'int', value: 4 })).toEqual({ type: 'long', value: 0n });
    expect(foldBinary('/', { type: 'long', value: 1n }, { type: 'long', value: 0n })).toBeNull();
  });

  it('prints floating constants like Double.toString and Float.toString', () => {
    expect(['1.0E7', '0.001', '1.0E-4', '-0.0', '100.0', 'NaN'].map((s) => javaFloatingToString(s === 'NaN' ? NaN : Number(s), false))).toEqual(['1.0E7', '0.001', '1.0E-4', '-0.0', '100.0', 'NaN']);
    expect(javaFloatingToString(Math.fround(0.1), true)).toBe('0.1');
    expect(javaFloatingToString(Math.fround(0.1), false)).toBe('0.10000000149011612');
    expect(javaFloatingToString(Math.fround(3.4028235e38), true)).toBe('3.4028235E38');
  });
});
