// Method selection (JVMS §5.4.6): virtual and interface dispatch, invokespecial super calls,
// package-private non-overriding, AbstractMethodError; checkcast/instanceof over classes,
// interfaces and arrays; array clone.

import { describe, expect, it } from 'vitest';
import { Access } from '../../../vm/bytecode/classfile.ts';
import { callStatic, ClassMaker, classMap, evalStatic, evalThrows, makeVm, PS, PUBLIC } from './fixtures.ts';

const returning = (m: ClassMaker, name: string, value: number, access: number = PUBLIC): ClassMaker =>
  m.method(name, '()I', access, (c) => {
    c.emit('bipush', value);
    c.emit('ireturn');
  });

const ITF = PUBLIC | Access.INTERFACE | Access.ABSTRACT;

function zoo(): ClassMaker[] {
  const animal = returning(new ClassMaker('Animal').defaultInit(), 'speak', 1);
  const dog = returning(new ClassMaker('Dog', 'Animal', PUBLIC | Access.SUPER, ['Pet']).defaultInit(), 'speak', 2).method('parent', '()I', PUBLIC, (c, cp) => {
    c.emit('aload', 0);
    c.emit('invokespecial', cp.methodRef('Animal', 'speak', '()I'));
    c.emit('ireturn');
  });
  const pet = new ClassMaker('Pet', 'java/lang/Object', ITF).method('speak', '()I', PUBLIC | Access.ABSTRACT, null);
  return [animal, dog, pet];
}

const newDog = (c: import('../../../vm/bytecode/code-builder.ts').CodeBuilder, cp: import('../../../vm/bytecode/constant-pool.ts').ConstantPoolBuilder): void => {
  c.emit('new', cp.classRef('Dog'));
  c.emit('dup');
  c.emit('invokespecial', cp.methodRef('Dog', '<init>', '()V'));
};

describe('method selection', () => {
  it('invokevirtual through a superclass reference runs the override', () => {
    expect(
      evalStatic('()I', (c, cp) => {
        newDog(c, cp);
        c.emit('invokevirtual', cp.methodRef('Animal', 'speak', '()I'));
        c.emit('ireturn');
      }, zoo()),
    ).toBe(2);
  });

  it('invokespecial of a superclass method runs the superclass version', () => {
    expect(
      evalStatic('()I', (c, cp) => {
        newDog(c, cp);
        c.emit('invokevirtual', cp.methodRef('Dog', 'parent', '()I'));
        c.emit('ireturn');
      }, zoo()),
    ).toBe(1);
  });

  it('invokeinterface dispatches on the receiver class', () => {
    expect(
      evalStatic('()I', (c, cp) => {
        newDog(c, cp);
        c.emit('invokeinterface', cp.interfaceMethodRef('Pet', 'speak', '()I'));
        c.emit('ireturn');
      }, zoo()),
    ).toBe(2);
  });

  it('the inline cache follows receivers of different classes at one call site', () => {
    const t = makeVm(
      classMap(
        ...zoo(),
        new ClassMaker('Main').method('f', '(LAnimal;)I', PS, (c, cp) => {
          c.emit('aload', 0);
          c.emit('invokevirtual', cp.methodRef('Animal', 'speak', '()I'));
          c.emit('ireturn');
        }),
      ),
    );
    const animal = t.vm.newObject(t.vm.appLoader.load('Animal'));
    const dog = t.vm.newObject(t.vm.appLoader.load('Dog'));
    t.vm.link(dog.cls);
    const results = [dog, animal, dog, animal].map((r) => callStatic(t, 'Main', 'f', '(LAnimal;)I', [r]));
    expect(results).toEqual([2, 1, 2, 1]);
  });

  it('invokeinterface on a receiver that does not implement the interface raises IncompatibleClassChangeError', () => {
    expect(
      evalThrows('()I', (c, cp) => {
        c.emit('new', cp.classRef('Animal'));
        c.emit('dup');
        c.emit('invokespecial', cp.methodRef('Animal', '<init>', '()V'));
        c.emit('invokeinterface', cp.interfaceMethodRef('Pet', 'speak', '()I'));
        c.emit('ireturn');
      }, zoo()),
    ).toBe('java.lang.IncompatibleClassChangeError: Class Animal does not implement the requested interface Pet');
  });

  it('a class that inherits no implementation raises AbstractMethodError', () => {
    const shape = new ClassMaker('Shape', 'java/lang/Object', PUBLIC | Access.SUPER | Access.ABSTRACT)
      .defaultInit()
      .method('area', '()I', PUBLIC | Access.ABSTRACT, null);
    const blob = new ClassMaker('Blob', 'Shape').defaultInit(); // "forgot" area()
    expect(
      evalThrows('()I', (c, cp) => {
        c.emit('new', cp.classRef('Blob'));
        c.emit('dup');
        c.emit('invokespecial', cp.methodRef('Blob', '<init>', '()V'));
        c.emit('invokevirtual', cp.methodRef('Shape', 'area', '()I'));
        c.emit('ireturn');
      }, [shape, blob]),
    ).toBe(
      "java.lang.AbstractMethodError: Receiver class Blob does not define or inherit an implementation of the resolved method 'abstract int Shape.area()' of abstract class Shape.",
    );
  });

  it('a package-private method is not overridden from another package (JVMS §5.4.5)', () => {
    const base = returning(new ClassMaker('p/Base').defaultInit(), 'm', 1, 0);
    const sub = returning(new ClassMaker('q/Sub', 'p/Base').defaultInit(), 'm', 2, 0);
    const caller = new ClassMaker('p/Caller').method('f', '()I', PS, (c, cp) => {
      c.emit('new', cp.classRef('q/Sub'));
      c.emit('dup');
      c.emit('invokespecial', cp.methodRef('q/Sub', '<init>', '()V'));
      c.emit('invokevirtual', cp.methodRef('p/Base', 'm', '()I'));
      c.emit('ireturn');
    });
    const t = makeVm(classMap(base, sub, caller));
    expect(callStatic(t, 'p/Caller', 'f', '()I')).toBe(1);
  });
});

describe('type tests', () => {
  /** Pushes an array of descriptor `desc` (one dimension of length 1) and tests it against `against`. */
  const arrayIs = (elemClassOrAtype: string | number, against: string): number =>
    evalStatic('()I', (c, cp) => {
      c.emit('iconst_1');
      if (typeof elemClassOrAtype === 'number') c.emit('newarray', elemClassOrAtype);
      else c.emit('anewarray', cp.classRef(elemClassOrAtype));
      c.emit('instanceof', cp.classRef(against));
      c.emit('ireturn');
    }) as number;

  it('array instanceof follows the JVMS checkcast rules', () => {
    expect(arrayIs('java/lang/String', '[Ljava/lang/Object;')).toBe(1);
    expect(arrayIs('java/lang/String', 'java/lang/Object')).toBe(1);
    expect(arrayIs('java/lang/String', 'java/lang/Cloneable')).toBe(1);
    expect(arrayIs('java/lang/Object', '[Ljava/lang/String;')).toBe(0);
    expect(arrayIs(10, 'java/lang/Object')).toBe(1);
    expect(arrayIs(10, '[Ljava/lang/Object;')).toBe(0);
    expect(arrayIs(10, '[J')).toBe(0);
    expect(arrayIs('[I', '[Ljava/lang/Object;')).toBe(1);
    expect(arrayIs('[Ljava/lang/String;', '[[Ljava/lang/Object;')).toBe(1);
  });

  it('instanceof null is 0 and checkcast of null succeeds', () => {
    expect(
      evalStatic('()I', (c, cp) => {
        c.emit('aconst_null');
        c.emit('checkcast', cp.classRef('java/lang/String'));
        c.emit('instanceof', cp.classRef('java/lang/Object'));
        c.emit('ireturn');
      }),
    ).toBe(0);
  });

  it('objects are instances of their superclasses and interfaces', () => {
    expect(
      evalStatic('()I', (c, cp) => {
        newDog(c, cp);
        c.emit('dup');
        c.emit('instanceof', cp.classRef('Pet'));
        c.emit('swap');
        c.emit('instanceof', cp.classRef('Animal'));
        c.emit('iadd');
        c.emit('ireturn');
      }, zoo()),
    ).toBe(2);
  });

  it('clone() of an array is a shallow, independent copy', () => {
    expect(
      evalStatic('()I', (c, cp) => {
        c.emit('iconst_2');
        c.emit('newarray', 10);
        c.emit('astore', 0);
        c.emit('aload', 0);
        c.emit('invokevirtual', cp.methodRef('[I', 'clone', '()Ljava/lang/Object;'));
        c.emit('checkcast', cp.classRef('[I'));
        c.emit('astore', 1);
        c.emit('aload', 1);
        c.emit('iconst_0');
        c.emit('bipush', 9);
        c.emit('iastore');
        c.emit('aload', 0); // original still 0
        c.emit('iconst_0');
        c.emit('iaload');
        c.emit('aload', 1);
        c.emit('iconst_0');
        c.emit('iaload');
        c.emit('iadd');
        c.emit('aload', 1);
        c.emit('arraylength');
        c.emit('iadd');
        c.emit('ireturn');
      }),
    ).toBe(11);
  });
});
