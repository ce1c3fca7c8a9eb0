// Class-level rules of the verifier (JVMS §4.1, §4.5, §4.6, §4.8): names, descriptors,
// duplicates, flag combinations, code presence, superclass and final-ness, and the shape
// of the VerifyFailure message the runtime prints.

import { describe, expect, test } from 'vitest';
import { Access, CpTag, type ClassFile } from '../../../vm/bytecode/classfile.ts';
import { OPCODES } from '../../../vm/bytecode/opcodes.ts';
import { VERIFIER_HANDLED, VerifyFailure, verifyClass } from '../../../vm/runtime/verifier.ts';
import { buildClass, hierarchyOf, oneMethod, verifyResult, type ClassSpec } from './helpers.ts';

const OK_BODY = 'return';
const INIT = { name: '<init>', access: Access.PUBLIC, code: 'aload 0\ninvokespecial java/lang/Object.<init>:()V\nreturn' };

function classReason(cf: ClassFile): string | null {
  const f = verifyResult(cf);
  if (f) expect(f.offset).toBeNull();
  return f?.reason ?? null;
}

function withMethod(m: ClassSpec['methods'][number], c: Omit<ClassSpec, 'methods'> = {}): ClassFile {
  return buildClass({ ...c, methods: [m] });
}

describe('the failure message', () => {
  test('is one line naming class, method, descriptor, offset and reason', () => {
    const f = verifyResult(oneMethod('iconst_1\nnop\nnop\niadd\nreturn', { name: 'calc', desc: '(I)V' }, { name: 'pkg/Calc' }));
    expect(f).toBeInstanceOf(VerifyFailure);
    expect(f!.message).toBe('VerifyError: pkg.Calc.calc(I)V at offset 3: operand stack underflow');
    expect([f!.className, f!.methodName, f!.methodDescriptor, f!.offset]).toEqual(['pkg/Calc', 'calc', '(I)V', 3]);
  });
  test('escapes control characters of hostile names so it stays one line', () => {
    const f = verifyResult(withMethod({ name: 'a\nb', code: 'iadd\nreturn' }));
    expect(f!.message).toContain('a\\u000ab');
    expect(f!.message).not.toContain('\n');
  });
});

describe('names and descriptors', () => {
  test('rejects an invalid class name', () => {
    const f = verifyResult(buildClass({ name: 'a;b', methods: [] }), hierarchyOf());
    expect(f!.reason).toContain('invalid class name');
  });
  test('rejects an invalid method name and descriptor', () => {
    expect(verifyResult(withMethod({ name: 'a.b', code: OK_BODY }))!.reason).toBe('invalid method name');
    expect(verifyResult(withMethod({ name: '<foo>', code: OK_BODY }))!.reason).toBe('invalid method name');
    expect(verifyResult(withMethod({ desc: '(I', code: OK_BODY }))!.reason).toBe('invalid method descriptor');
    expect(verifyResult(withMethod({ desc: '(V)V', code: OK_BODY }))!.reason).toBe('invalid method descriptor');
    expect(verifyResult(withMethod({ desc: '()Ljava/lang/String', code: OK_BODY }))!.reason).toBe('invalid method descriptor');
  });
  test('rejects an invalid field name or descriptor', () => {
    expect(classReason(buildClass({ fields: [{ name: 'x', desc: 'Q' }], methods: [] }))).toContain('invalid descriptor');
    expect(classReason(buildClass({ fields: [{ name: 'a/b', desc: 'I' }], methods: [] }))).toContain('invalid field name');
  });
  test('rejects duplicate fields and methods', () => {
    const fields = [
      { name: 'x', desc: 'I' },
      { name: 'x', desc: 'I' },
    ];
    expect(classReason(buildClass({ fields, methods: [] }))).toContain('declared twice');
    const f = verifyResult(buildClass({ methods: [{ code: OK_BODY }, { code: OK_BODY }] }));
    expect(f!.reason).toBe('method is declared twice');
  });
  test('accepts fields and methods that share a name but not a descriptor', () => {
    const fields = [
      { name: 'x', desc: 'I' },
      { name: 'x', desc: 'J' },
    ];
    expect(verifyResult(buildClass({ fields, methods: [{ code: OK_BODY }, { desc: '(I)V', code: OK_BODY }] }))).toBeNull();
  });
});

describe('flags', () => {
  test('rejects a class that is both final and abstract', () => {
    expect(classReason(buildClass({ access: Access.PUBLIC | Access.FINAL | Access.ABSTRACT, methods: [] }))).toContain('final and abstract');
  });
  test('rejects an interface that is not abstract, or is final', () => {
    expect(classReason(buildClass({ access: Access.PUBLIC | Access.INTERFACE, methods: [] }))).toContain('not marked abstract');
    const finalI = Access.PUBLIC | Access.INTERFACE | Access.ABSTRACT | Access.FINAL;
    expect(classReason(buildClass({ access: finalI, methods: [] }))).toContain('marked final');
  });
  test('rejects a method with two access modifiers', () => {
    expect(verifyResult(withMethod({ access: Access.PUBLIC | Access.PRIVATE, code: OK_BODY }))!.reason).toContain('more than one');
  });
  test('rejects abstract combined with private, static, final or native', () => {
    for (const extra of [Access.PRIVATE, Access.STATIC, Access.FINAL, Access.NATIVE]) {
      const access = Access.ABSTRACT | extra | (extra === Access.PRIVATE ? 0 : Access.PUBLIC);
      const cf = withMethod({ access }, { access: Access.PUBLIC | Access.ABSTRACT });
      expect(verifyResult(cf)!.reason).toContain('abstract method cannot be');
    }
  });
  test('abstract and native methods have no code; the others must', () => {
    const abstractWithCode = withMethod({ access: Access.PUBLIC | Access.ABSTRACT, code: OK_BODY }, { access: Access.PUBLIC | Access.ABSTRACT });
    expect(verifyResult(abstractWithCode)!.reason).toContain('must not have code');
    expect(verifyResult(withMethod({ access: Access.PUBLIC }))!.reason).toContain('has no code');
    expect(verifyResult(withMethod({ access: Access.PUBLIC | Access.NATIVE }))).toBeNull();
  });
  test('interface methods must be public abstract, except <clinit>', () => {
    const iface = { access: Access.PUBLIC | Access.INTERFACE | Access.ABSTRACT };
    expect(verifyResult(withMethod({ access: Access.PUBLIC | Access.ABSTRACT }, iface))).toBeNull();
    expect(verifyResult(withMethod({ access: Access.PUBLIC | Access.STATIC, code: OK_BODY }, iface))!.reason).toContain('public abstract');
    expect(verifyResult(withMethod({ name: '<clinit>', access: Access.STATIC, code: OK_BODY }, iface))).toBeNull();
  });
  test('interface fields must be public static final', () => {
    const iface = { access: Access.PUBLIC | Access.INTERFACE | Access.ABSTRACT };
    expect(classReason(buildClass({ ...iface, fields: [{ name: 'X', desc: 'I', access: Access.PUBLIC }], methods: [] }))).toContain(
      'public static final',
    );
  });
  test('constructors cannot be static and must return void; <clinit> must be static', () => {
    expect(verifyResult(withMethod({ ...INIT, access: Access.PUBLIC | Access.STATIC }))!.reason).toContain('constructor cannot be');
    expect(verifyResult(withMethod({ ...INIT, desc: '()I' }))!.reason).toContain('must return void');
    expect(verifyResult(withMethod({ name: '<clinit>', access: 0, code: OK_BODY }))!.reason).toContain('<clinit> must be static');
  });
});

describe('superclass and hierarchy', () => {
  test('only java/lang/Object may lack a superclass', () => {
    expect(classReason(buildClass({ superName: null, methods: [] }))).toContain('no superclass');
    const object = buildClass({ name: 'java/lang/Object', superName: null, methods: [{ ...INIT, code: 'return' }] });
    expect(verifyResult(object)).toBeNull();
  });
  test('rejects a missing superclass, an interface as superclass, and a final superclass', () => {
    expect(classReason(buildClass({ superName: 'no/Such', methods: [] }))).toContain('superclass no/Such not found');
    expect(classReason(buildClass({ superName: 'java/lang/Runnable', methods: [] }))).toContain('is an interface');
    expect(classReason(buildClass({ superName: 'java/lang/String', methods: [] }))).toContain('cannot subclass final class java/lang/String');
  });
  test('rejects implementing a class or a missing interface', () => {
    expect(classReason(buildClass({ interfaces: ['java/lang/String'], methods: [] }))).toContain('not an interface');
    expect(classReason(buildClass({ interfaces: ['no/Such'], methods: [] }))).toContain('interface no/Such not found');
    expect(verifyResult(buildClass({ interfaces: ['java/lang/Runnable'], methods: [] }))).toBeNull();
  });
  test('rejects overriding a final method', () => {
    const cf = withMethod({ name: 'sound', desc: '()Ljava/lang/String;', access: Access.PUBLIC, code: 'aconst_null\nareturn' }, { superName: 'test/Dog' });
    expect(verifyResult(cf)!.reason).toContain('overrides final method test/Animal.sound');
    const ok = withMethod({ name: 'name', desc: '()Ljava/lang/String;', access: Access.PUBLIC, code: 'aconst_null\nareturn' }, { superName: 'test/Dog' });
    expect(verifyResult(ok)).toBeNull();
  });
  test('a constant value on an instance field is ignored, as JVMS 4.7.2 says', () => {
    const cf = buildClass({ fields: [{ name: 'x', desc: 'I', access: Access.FINAL }], methods: [] });
    cf.fields[0]!.constantValueIndex = cf.constantPool.findIndex((e) => e?.tag === CpTag.Utf8);
    expect(classReason(cf)).toBeNull();
  });
  test('a constant value of a static field must match the field type', () => {
    const cf = buildClass({ fields: [{ name: 'X', desc: 'I', access: Access.STATIC | Access.FINAL }], methods: [] });
    const utf = cf.constantPool.findIndex((e) => e?.tag === CpTag.Utf8);
    cf.fields[0]!.constantValueIndex = utf;
    expect(classReason(cf)).toContain('expected a constant for field X:I');
    cf.constantPool.push({ tag: CpTag.Integer, value: 5 });
    cf.fields[0]!.constantValueIndex = cf.constantPool.length - 1;
    expect(classReason(cf)).toBeNull();
  });
  test('rejects a class whose hierarchy is circular when it must be walked', () => {
    const cf = oneMethod('aload 0\nputstatic test/T.f:Lloop/C;\nreturn', { desc: '(Lloop/A;)V' });
    const h = hierarchyOf(cf);
    const loop = { ...h, superclassOf: (n: string) => (n === 'loop/A' ? 'loop/B' : n === 'loop/B' ? 'loop/A' : h.superclassOf(n)), isInterface: (n: string) => (n.startsWith('loop/') ? false : h.isInterface(n)) };
    expect(() => verifyClass(cf, loop)).toThrow(/circular/);
  });
});

describe('coverage', () => {
  test('the verifier models every opcode in the table', () => {
    const missing = OPCODES.filter((o) => !VERIFIER_HANDLED.has(o.name)).map((o) => o.name);
    expect(missing, `opcodes without a verifier rule: ${missing.join(', ')}`).toEqual([]);
  });
});

describe('the Exceptions attribute (JVMS §4.7.5)', () => {
  test('accepts Class entries and rejects other entries, bad indexes and array classes', () => {
    expect(verifyResult(withMethod({ code: OK_BODY, throws: ['java/io/IOException', 'pkg/MyError'] }))).toBeNull();
    const cf = withMethod({ code: OK_BODY, throws: ['[Ljava/lang/Exception;'] });
    expect(verifyResult(cf)!.reason).toBe('exceptions[0]: invalid class name "[Ljava/lang/Exception;"');
    const utf8 = cf.constantPool.findIndex((e) => e?.tag === CpTag.Utf8);
    cf.methods[0]!.exceptions = [utf8];
    expect(verifyResult(cf)!.reason).toMatch(/^exceptions\[0\]: .*Class/);
    cf.methods[0]!.exceptions = [cf.constantPool.length + 5];
    expect(verifyResult(cf)!.reason).toMatch(/^exceptions\[0\]: /);
  });
});
