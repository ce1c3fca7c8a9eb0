// Static initialization order and timing (JLS §12.4.1 triggers, §12.4.2 procedure): the
// superclass first, recursive requests, constants, interfaces, and failures
// (ExceptionInInitializerError, then NoClassDefFoundError on later use).

import { describe, expect, it } from 'vitest';
import { Access } from '../../../vm/bytecode/classfile.ts';
import type { JArray, JObject } from '../../../vm/runtime/heap.ts';
import { ClassState } from '../../../vm/runtime/rt-class.ts';
import { callStatic, ClassMaker, classMap, javaExceptionOf, makeVm, PS, PUBLIC, STATIC, type Body } from './fixtures.ts';

const say = (text: string): Body => (c, cp) => {
  c.emit('ldc', cp.string(text));
  c.emit('invokestatic', cp.methodRef('Out', 'print', '(Ljava/lang/Object;)V'));
};

/** A class whose <clinit> prints `name` (and runs `more`), with a static no-op method m(). */
function printing(name: string, sup = 'java/lang/Object', more?: Body, access = PUBLIC | Access.SUPER, itfs: string[] = []): ClassMaker {
  return new ClassMaker(name, sup, access, itfs)
    .method('<clinit>', '()V', STATIC, (c, cp) => {
      say(name)(c, cp);
      more?.(c, cp);
      c.emit('return');
    })
    .method('m', '()V', PS, (c) => c.emit('return'))
    .defaultInit();
}

function mainCalling(body: Body): ClassMaker {
  return new ClassMaker('Main').method('f', '()V', PS, (c, cp) => {
    body(c, cp);
    c.emit('return');
  });
}

describe('static initialization', () => {
  it('initializes the superclass before the subclass, once', () => {
    const t = makeVm(
      classMap(
        printing('P'),
        printing('C', 'P'),
        mainCalling((c, cp) => {
          c.emit('invokestatic', cp.methodRef('C', 'm', '()V'));
          c.emit('invokestatic', cp.methodRef('C', 'm', '()V'));
          c.emit('invokestatic', cp.methodRef('P', 'm', '()V'));
        }),
      ),
    );
    callStatic(t, 'Main', 'f', '()V');
    expect(t.out).toEqual(['P', 'C']);
  });

  it('marks a class in progress before its superclass runs, so a recursive use sees it uninitialized (JLS §12.4.2 step 4)', () => {
    // A's initializer calls B.foo() while B (A's subclass) is being initialized.
    const a = printing('A', 'java/lang/Object', (c, cp) => c.emit('invokestatic', cp.methodRef('B', 'foo', '()V')));
    const b = printing('B', 'A').method('foo', '()V', PS, (c, cp) => {
      say('foo')(c, cp);
      c.emit('return');
    });
    const t = makeVm(classMap(a, b, mainCalling((c, cp) => c.emit('invokestatic', cp.methodRef('B', 'foo', '()V')))));
    callStatic(t, 'Main', 'f', '()V');
    expect(t.out).toEqual(['A', 'foo', 'B', 'foo']);
  });

  it('new, getstatic and putstatic trigger initialization at first use, not before', () => {
    const k = printing('K').field('x', 'I', PS);
    const t = makeVm(
      classMap(
        k,
        printing('N'),
        printing('W').field('y', 'I', PS),
        mainCalling((c, cp) => {
          say('start')(c, cp);
          c.emit('getstatic', cp.fieldRef('K', 'x', 'I'));
          c.emit('pop');
          c.emit('new', cp.classRef('N'));
          c.emit('pop');
          c.emit('iconst_1');
          c.emit('putstatic', cp.fieldRef('W', 'y', 'I'));
        }),
      ),
    );
    callStatic(t, 'Main', 'f', '()V');
    expect(t.out).toEqual(['start', 'K', 'N', 'W']);
  });

  it('reading a constant (static final with ConstantValue) does not initialize the class', () => {
    const k = printing('K');
    k.field('MAX', 'I', PS | Access.FINAL, k.cp.integer(99));
    const t = makeVm(
      classMap(
        k,
        mainCalling((c, cp) => {
          c.emit('getstatic', cp.fieldRef('K', 'MAX', 'I'));
          c.emit('invokestatic', cp.methodRef('Out', 'print', '(I)V'));
        }),
      ),
    );
    callStatic(t, 'Main', 'f', '()V');
    expect(t.out).toEqual([99]);
  });

  it('does not initialize superinterfaces when a class is initialized', () => {
    const itf = new ClassMaker('I', 'java/lang/Object', PUBLIC | Access.INTERFACE | Access.ABSTRACT).method('<clinit>', '()V', STATIC, (c, cp) => {
      say('I')(c, cp);
      c.emit('return');
    });
    const t = makeVm(classMap(itf, printing('C', 'java/lang/Object', undefined, PUBLIC | Access.SUPER, ['I']), mainCalling((c, cp) => c.emit('invokestatic', cp.methodRef('C', 'm', '()V')))));
    callStatic(t, 'Main', 'f', '()V');
    expect(t.out).toEqual(['C']);
  });

  it('wraps an initializer exception in ExceptionInInitializerError, then reports NoClassDefFoundError', () => {
    const bad = printing('Bad', 'java/lang/Object', (c) => {
      c.emit('iconst_1');
      c.emit('iconst_0');
      c.emit('idiv');
      c.emit('pop');
    });
    const t = makeVm(classMap(bad, mainCalling((c, cp) => c.emit('invokestatic', cp.methodRef('Bad', 'm', '()V')))));
    let cause = '';
    const first = javaExceptionOf(t, () => {
      try {
        callStatic(t, 'Main', 'f', '()V');
      } catch (e) {
        const obj = (e as { object: JObject }).object;
        const c = t.vm.getField(obj, 'cause') as JObject;
        cause = `${c.cls.javaName}: ${t.vm.jsString(t.vm.getField(c, 'detailMessage') as never)}`;
        throw e;
      }
    });
    expect(first).toBe('java.lang.ExceptionInInitializerError');
    expect(cause).toBe('java.lang.ArithmeticException: / by zero');
    expect(t.vm.appLoader.load('Bad').state).toBe(ClassState.Erroneous);
    expect(javaExceptionOf(t, () => callStatic(t, 'Main', 'f', '()V'))).toBe(
      'java.lang.NoClassDefFoundError: Could not initialize class Bad',
    );
    expect(t.out).toEqual(['Bad']);
  });

  it('lets an Error from an initializer through unwrapped', () => {
    const bad = printing('Bad', 'java/lang/Object', (c, cp) => {
      c.emit('new', cp.classRef('java/lang/Error'));
      c.emit('dup');
      c.emit('ldc', cp.string('boom'));
      c.emit('invokespecial', cp.methodRef('java/lang/Error', '<init>', '(Ljava/lang/String;)V'));
      c.emit('athrow');
    });
    const t = makeVm(classMap(bad, mainCalling((c, cp) => c.emit('invokestatic', cp.methodRef('Bad', 'm', '()V')))));
    expect(javaExceptionOf(t, () => callStatic(t, 'Main', 'f', '()V'))).toBe('java.lang.Error: boom');
  });

  it('a subclass of a class whose initializer failed fails too, without running its own initializer', () => {
    const bad = printing('Bad', 'java/lang/Object', (c) => {
      c.emit('iconst_1');
      c.emit('iconst_0');
      c.emit('idiv');
      c.emit('pop');
    });
    const t = makeVm(classMap(bad, printing('Sub', 'Bad'), mainCalling((c, cp) => c.emit('invokestatic', cp.methodRef('Sub', 'm', '()V')))));
    expect(javaExceptionOf(t, () => callStatic(t, 'Main', 'f', '()V'))).toBe('java.lang.ExceptionInInitializerError');
    expect(t.out).toEqual(['Bad']);
    expect(t.vm.appLoader.load('Sub').state).toBe(ClassState.Erroneous);
  });

  it('the stack trace of an initializer exception shows <clinit> above the triggering method', () => {
    const bad = new ClassMaker('Bad').method('<clinit>', '()V', STATIC, (c, cp) => {
      c.line(7);
      c.emit('new', cp.classRef('java/lang/IllegalStateException'));
      c.emit('dup');
      c.emit('invokespecial', cp.methodRef('java/lang/IllegalStateException', '<init>', '()V'));
      c.emit('athrow');
    }).method('m', '()V', PS, (c) => c.emit('return'));
    const t = makeVm(classMap(bad, mainCalling((c, cp) => c.emit('invokestatic', cp.methodRef('Bad', 'm', '()V')))));
    let frames: string[] = [];
    try {
      callStatic(t, 'Main', 'f', '()V');
    } catch (e) {
      const eiie = (e as { object: JObject }).object;
      const cause = t.vm.getField(eiie, 'cause') as JObject;
      const arr = t.vm.getField(cause, 'stackTrace') as JArray;
      frames = (arr.data as JObject[]).map(
        (el) => `${t.vm.jsString(t.vm.getField(el, 'declaringClass') as never)}.${t.vm.jsString(t.vm.getField(el, 'methodName') as never)}`,
      );
    }
    expect(frames).toEqual(['Bad.<clinit>', 'Main.f']);
  });
});
