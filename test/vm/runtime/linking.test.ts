// Loading and link-time checks (JVMS §5.3-§5.4): missing classes and members, access control,
// static vs instance, final fields, abstract instantiation, bad hierarchies, verification.

import { describe, expect, it } from 'vitest';
import { Access } from '../../../vm/bytecode/classfile.ts';
import { MemoryKernel } from '../../../vm/os/kernel.ts';
import { memoryClassSource } from '../../../vm/runtime/class-source.ts';
import { Vm } from '../../../vm/runtime/vm.ts';
import { bootSource, callStatic, ClassMaker, classMap, evalThrows, javaExceptionOf, makeVm, PS, PUBLIC, STATIC, testNatives } from './fixtures.ts';

const lib = (): ClassMaker =>
  new ClassMaker('A')
    .field('counter', 'I', PS)
    .field('inst', 'I', PUBLIC)
    .field('fixed', 'I', PS | Access.FINAL)
    .method('priv', '()V', Access.PRIVATE | STATIC, (c) => c.emit('return'))
    .method('inst', '()V', PUBLIC, (c) => c.emit('return'))
    .defaultInit();

describe('member resolution errors', () => {
  it('a missing field raises NoSuchFieldError naming it', () => {
    expect(
      evalThrows('()I', (c, cp) => {
        c.emit('getstatic', cp.fieldRef('A', 'nope', 'I'));
        c.emit('ireturn');
      }, [lib()]),
    ).toBe('java.lang.NoSuchFieldError: nope');
  });

  it('a field with the right name but another type does not match', () => {
    expect(
      evalThrows('()J', (c, cp) => {
        c.emit('getstatic', cp.fieldRef('A', 'counter', 'J'));
        c.emit('lreturn');
      }, [lib()]),
    ).toBe('java.lang.NoSuchFieldError: counter');
  });

  it('a missing method raises NoSuchMethodError in HotSpot form', () => {
    expect(
      evalThrows('()V', (c, cp) => {
        c.emit('iconst_1');
        c.emit('invokestatic', cp.methodRef('A', 'nope', '(I)Ljava/lang/String;'));
        c.emit('pop');
        c.emit('return');
      }, [lib()]),
    ).toBe("java.lang.NoSuchMethodError: 'java.lang.String A.nope(int)'");
  });

  it('calling another class\'s private method raises IllegalAccessError', () => {
    expect(
      evalThrows('()V', (c, cp) => {
        c.emit('invokestatic', cp.methodRef('A', 'priv', '()V'));
        c.emit('return');
      }, [lib()]),
    ).toBe("java.lang.IllegalAccessError: class Main tried to access private method 'void A.priv()'");
  });

  it('invokestatic of an instance method raises IncompatibleClassChangeError', () => {
    expect(
      evalThrows('()V', (c, cp) => {
        c.emit('invokestatic', cp.methodRef('A', 'inst', '()V'));
        c.emit('return');
      }, [lib()]),
    ).toBe("java.lang.IncompatibleClassChangeError: Expected static method 'void A.inst()'");
  });

  it('getfield of a static field raises IncompatibleClassChangeError', () => {
    expect(
      evalThrows('()I', (c, cp) => {
        c.emit('aconst_null');
        c.emit('getfield', cp.fieldRef('A', 'counter', 'I'));
        c.emit('ireturn');
      }, [lib()]),
    ).toBe('java.lang.IncompatibleClassChangeError: Expected non-static field A.counter');
  });

  it('writing a final field from another class raises IllegalAccessError', () => {
    expect(
      evalThrows('()V', (c, cp) => {
        c.emit('iconst_1');
        c.emit('putstatic', cp.fieldRef('A', 'fixed', 'I'));
        c.emit('return');
      }, [lib()]),
    ).toMatch(/^java\.lang\.IllegalAccessError: Update to static final field A\.fixed attempted from a different class \(Main\)/);
  });

  it('instantiating an abstract class raises InstantiationError', () => {
    const abs = new ClassMaker('Abs', 'java/lang/Object', PUBLIC | Access.SUPER | Access.ABSTRACT).defaultInit();
    expect(
      evalThrows('()V', (c, cp) => {
        c.emit('new', cp.classRef('Abs'));
        c.emit('pop');
        c.emit('return');
      }, [abs]),
    ).toBe('java.lang.InstantiationError: Abs');
  });

  it('package-private classes of another package are not accessible', () => {
    const hidden = new ClassMaker('p/Hidden', 'java/lang/Object', Access.SUPER).method('m', '()V', PS, (c) => c.emit('return'));
    expect(
      evalThrows('()V', (c, cp) => {
        c.emit('invokestatic', cp.methodRef('p/Hidden', 'm', '()V'));
        c.emit('return');
      }, [hidden]),
    ).toBe('java.lang.IllegalAccessError: failed to access class p.Hidden from class Main');
  });
});

describe('loading errors', () => {
  it('a missing class raises NoClassDefFoundError with its internal name', () => {
    expect(
      evalThrows('()V', (c, cp) => {
        c.emit('invokestatic', cp.methodRef('pkg/Nope', 'm', '()V'));
        c.emit('return');
      }),
    ).toBe('java.lang.NoClassDefFoundError: pkg/Nope');
  });

  it('a class file under the wrong name is refused', () => {
    const t = makeVm(new Map([['X', new ClassMaker('Y').bytes()]]));
    expect(javaExceptionOf(t, () => t.vm.appLoader.load('X'))).toBe('java.lang.NoClassDefFoundError: X (wrong name: Y)');
  });

  it('user classes may not define classes in java.*', () => {
    const t = makeVm(classMap(new ClassMaker('java/lang/Evil')));
    expect(javaExceptionOf(t, () => t.vm.appLoader.load('java/lang/Evil'))).toBe(
      'java.lang.SecurityException: Prohibited package name: java.lang',
    );
  });

  it('a circular superclass chain raises ClassCircularityError', () => {
    const t = makeVm(classMap(new ClassMaker('CA', 'CB'), new ClassMaker('CB', 'CA')));
    expect(javaExceptionOf(t, () => t.vm.appLoader.load('CA'))).toMatch(/^java\.lang\.ClassCircularityError: C[AB]$/);
  });

  it('extending a final class is a VerifyError, extending an interface an IncompatibleClassChangeError', () => {
    const fin = new ClassMaker('Fin', 'java/lang/Object', PUBLIC | Access.FINAL | Access.SUPER);
    const itf = new ClassMaker('Itf', 'java/lang/Object', PUBLIC | Access.INTERFACE | Access.ABSTRACT);
    const t = makeVm(classMap(fin, itf, new ClassMaker('S1', 'Fin'), new ClassMaker('S2', 'Itf')));
    expect(javaExceptionOf(t, () => t.vm.appLoader.load('S1'))).toBe('java.lang.VerifyError: Cannot inherit from final class Fin (in class S1)');
    expect(javaExceptionOf(t, () => t.vm.appLoader.load('S2'))).toBe(
      'java.lang.IncompatibleClassChangeError: class S2 has interface Itf as super class',
    );
  });

  it('bad bytecode is rejected with a VerifyError when the class is linked, and stays rejected', () => {
    const bad = new ClassMaker('Bad').method('m', '()I', PS, (c) => {
      c.emit('iadd'); // nothing on the stack
      c.emit('ireturn');
    });
    const caller = new ClassMaker('Main').method('f', '()I', PS, (c, cp) => {
      c.emit('invokestatic', cp.methodRef('Bad', 'm', '()I'));
      c.emit('ireturn');
    });
    const t = makeVm(classMap(bad, caller));
    const first = javaExceptionOf(t, () => callStatic(t, 'Main', 'f', '()I'));
    expect(first).toMatch(/^java\.lang\.VerifyError: .*Bad\.m\(\)I at offset 0/);
    expect(javaExceptionOf(t, () => callStatic(t, 'Main', 'f', '()I'))).toBe(first);
  });

  it('loading is lazy: an unused missing class is never an error', () => {
    const t = makeVm(
      classMap(
        new ClassMaker('Main').method('f', '(I)I', PS, (c, cp) => {
          const skip = c.newLabel();
          c.emit('iload', 0);
          c.emitBranch('ifeq', skip);
          c.emit('invokestatic', cp.methodRef('Missing', 'm', '()V'));
          c.mark(skip);
          c.emit('bipush', 7);
          c.emit('ireturn');
        }),
      ),
    );
    expect(callStatic(t, 'Main', 'f', '(I)I', [0])).toBe(7);
  });
});

describe('one loader per classpath entry', () => {
  /** Two entries: entry 0 holds `first`, entry 1 holds `second`. */
  const twoEntries = (first: ClassMaker[], second: ClassMaker[]): ReturnType<typeof makeVm> => {
    const natives = testNatives();
    const kernel = new MemoryKernel();
    const vm = new Vm({
      boot: bootSource(),
      classPath: [memoryClassSource('entry0', classMap(...first)), memoryClassSource('entry1', classMap(...second))],
      natives: natives.table,
      kernel,
    });
    return { vm, out: natives.out, kernel };
  };
  const callsA = (name: string): ClassMaker =>
    new ClassMaker(name).method('f', '()I', PS, (c, cp) => {
      c.emit('invokestatic', cp.methodRef('p/A', 'g', '()I'));
      c.emit('ireturn');
    });
  const a = (): ClassMaker =>
    new ClassMaker('p/A').method('g', '()I', PS, (c) => {
      c.emit('bipush', 5);
      c.emit('ireturn');
    }).method('hidden', '()I', STATIC, (c) => {
      c.emit('bipush', 6);
      c.emit('ireturn');
    });

  it('each class is defined by the loader of its own entry, later entries delegating to earlier ones', () => {
    const t = twoEntries([a()], [callsA('p/B')]);
    const b = t.vm.appLoader.load('p/B');
    expect(b.loader.location).toBe('entry1');
    expect(t.vm.appLoader.load('p/A').loader.location).toBe('entry0');
    expect(callStatic(t, 'p/B', 'f', '()I')).toBe(5);
  });

  it('an earlier entry cannot see classes of a later one', () => {
    const usesB = new ClassMaker('p/Early').method('f', '()I', PS, (c, cp) => {
      c.emit('invokestatic', cp.methodRef('p/B', 'f', '()I'));
      c.emit('ireturn');
    });
    const t = twoEntries([usesB], [callsA('p/B'), a()]);
    expect(javaExceptionOf(t, () => callStatic(t, 'p/Early', 'f', '()I'))).toBe('java.lang.NoClassDefFoundError: p/B');
  });

  it('the same package in two entries is two runtime packages: package-private access fails', () => {
    const peeks = new ClassMaker('p/Peek').method('f', '()I', PS, (c, cp) => {
      c.emit('invokestatic', cp.methodRef('p/A', 'hidden', '()I'));
      c.emit('ireturn');
    });
    const t = twoEntries([a()], [peeks]);
    expect(javaExceptionOf(t, () => callStatic(t, 'p/Peek', 'f', '()I'))).toBe(
      "java.lang.IllegalAccessError: class p.Peek tried to access package-private method 'int p.A.hidden()'",
    );
    const same = twoEntries([a(), peeks], []);
    expect(callStatic(same, 'p/Peek', 'f', '()I')).toBe(6);
  });

  it('the stdlib cannot be shadowed by a classpath entry', () => {
    const fake = new ClassMaker('java/lang/String');
    const t = twoEntries([fake], []);
    expect(t.vm.appLoader.load('java/lang/String').loader.isBoot).toBe(true);
  });
});
